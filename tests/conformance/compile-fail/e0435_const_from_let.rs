// A constant initialised from a local variable, and a buffer sized by a parameter.
fn make_buffer(size: usize) -> usize {
    let buffer = [0u8; size];
    buffer.len()
}

fn main() {
    let base = 16;
    const CAPACITY: usize = base * 4;
    println!("{} {}", CAPACITY, make_buffer(8));
}
