// Array lengths from consts and expressions.
const ROWS: usize = 3;
const COLS: u32 = 4;
const CELLS: usize = ROWS * 4;

struct Board {
    cells: [u8; CELLS],
    rows: [[u8; COLS]; ROWS],
}

fn make(n: usize) -> [i32; n] {
    [0; n]
}

fn main() {
    let b = Board { cells: [0; CELLS], rows: [[0; 4]; ROWS] };
    let size = 5;
    let buf = [0u8; size];
    let other = [1; ROWS + 1];
    let neg = [0; -1];
    println!("{} {} {} {}", b.cells.len(), buf.len(), other.len(), neg.len());
    let _ = make(2);
}
