// Buffer sizes computed in constants; one of them overflows.
const PAGE: u32 = 2u32.pow(12);
const PAGES_PER_GB: u32 = 2u32.pow(18);
const BYTES_PER_TB: u32 = PAGE * PAGES_PER_GB * 1024;
const MAX_SHIFT: u32 = 10u32.pow(10);

fn main() {
    println!("{} {} {}", PAGE, PAGES_PER_GB, BYTES_PER_TB);
    println!("{}", MAX_SHIFT);
}
