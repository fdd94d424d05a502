// Indexing arrays with the wrong integer type
const SIZE: i32 = 4;

fn main() {
    let grid = [[0u8; 4]; 4];
    let row: i32 = 1;
    let col: u8 = 2;
    println!("{}", grid[row][col as usize]);
    println!("{}", grid[1][col]);
    let buf = [0u8; SIZE];
    let last = buf[-1];
    let i: u64 = 0;
    let s = &buf[i..];
    println!("{} {}", last, s.len());
}
