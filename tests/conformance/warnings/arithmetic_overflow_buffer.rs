// lints: arithmetic_overflow unused_variables
// regen: build (arithmetic_overflow is reported only when rustc generates code, not by cargo check)
// Buffer size arithmetic on constants that overflows its integer types.
const PAGE: u16 = 4096;
const PAGES: u16 = 32;

fn main() {
    let total_bytes = PAGE * PAGES;
    let header: u8 = 200;
    let with_footer = header + 100;
    let unused_margin = 8;
    let signed: i8 = -128;
    let flipped = -signed;
    println!("{} {} {}", total_bytes, with_footer, flipped);
}
