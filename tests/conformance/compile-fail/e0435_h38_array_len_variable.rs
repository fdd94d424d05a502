// Using a runtime variable as an array length.
const ROWS: usize = 3;

fn fill(n: usize) -> usize {
    let buffer = [0u8; n];
    buffer.len()
}

fn main() {
    let width = 4;
    let grid = [[0; width]; ROWS];
    println!("{:?}", grid);
    let size = 8;
    let zeros: [i32; size] = [0; 8];
    println!("{} {}", zeros.len(), fill(2));
}
