// Valid Rust outside every tier: an `async fn` (line 3), never called.
#[allow(dead_code)]
async fn fetch(id: u32) -> u32 {
    id * 2
}

fn main() {
    let id = 21;
    println!("{}", id * 2);
}
