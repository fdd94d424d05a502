// Needs function values (outside tier L1): a worker that takes an id is handed to thread::spawn.
fn worker(id: u32) {
    println!("worker {} running", id);
}

fn main() {
    let handle = std::thread::spawn(worker);
    let _ = handle;
}
