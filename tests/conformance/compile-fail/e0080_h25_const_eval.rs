// Buffer sizing constants computed at compile time, some of which overflow.
mod limits {
    pub const PAGE: u32 = 4096;
    pub const PAGES: u32 = 1 << 20;
    pub const SMALL: u8 = 200;
}

use limits::{PAGE, PAGES, SMALL};

// Overflows u32: 4096 * 2^20 = 2^32.
const TOTAL_BYTES: u32 = PAGE * PAGES;
// Fine.
const HALF: u32 = PAGES / 2;
// Overflows u8.
const DOUBLE_SMALL: u8 = SMALL + SMALL;
// Underflow in a usize constant.
const SLOTS: usize = 3 - 4;
// Division by zero.
const RATIO: i32 = 10 / (HALF as i32 - 524288);

static HEADER: [u8; 4] = [SMALL, SMALL / 2, 0, 1];

fn main() {
    println!("{}", TOTAL_BYTES);
    println!("{}", HALF);
    println!("{}", DOUBLE_SMALL);
    println!("{}", SLOTS);
    println!("{}", RATIO);
    println!("{:?}", HEADER);
}
