// Buffer sizes that try to use runtime values in constant positions.
const ROWS: usize = 3;

fn make_row(width: usize) -> usize {
    let cells = [0u8; width];
    cells.len()
}

fn grid() -> usize {
    let cols = 4;
    let g = [[0u8; ROWS]; cols];
    g.len()
}

fn fixed() -> usize {
    let n = ROWS * 2;
    const LOCAL: usize = n + 1;
    LOCAL
}

fn main() {
    println!("{} {} {}", make_row(3), grid(), fixed());
}
