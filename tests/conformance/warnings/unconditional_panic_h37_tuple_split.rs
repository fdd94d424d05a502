// lints: unconditional_panic arithmetic_overflow
// regen: build
// Screen layout helpers that unpack tuples of literal sizes.
struct Tile(u8, u8);

const SCREEN: (u32, u32) = (640, 480);

fn tiles_per_row(width: u32) -> u32 {
    let (tile_w, tile_h) = (0, 16);
    println!("tile height {}", tile_h);
    width / tile_w
}

fn remaining_rows() -> u32 {
    let (used, spare) = (480u32, 0u32);
    used % spare
}

fn brightness() -> u8 {
    let Tile(base, boost) = Tile(200, 80);
    base + boost
}

fn corner(grid: [[u8; 3]; 3]) -> u8 {
    let (row, col) = (1, 3);
    grid[row][col]
}

fn screen_ratio() -> u32 {
    let (w, h) = SCREEN;
    w / (h - 480)
}

fn nested() -> i32 {
    let (a, (b, c)) = (7, (2, 0));
    a * b / c
}

fn swapped() -> i8 {
    let pair = (100i8, 50i8);
    let (hi, lo) = (pair.0, pair.1);
    hi + lo
}

fn main() {
    println!("{}", tiles_per_row(640));
    println!("{}", remaining_rows());
    println!("{}", brightness());
    println!("{}", corner([[1, 2, 3], [4, 5, 6], [7, 8, 9]]));
    println!("{}", screen_ratio());
    println!("{}", nested());
    println!("{}", swapped());
}
