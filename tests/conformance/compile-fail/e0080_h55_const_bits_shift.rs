// Building bit masks from BITS in constants; full-width shifts overflow.
const WORD_BITS: u32 = u32::BITS;
const LOW_HALF: u32 = (1u32 << (u32::BITS / 2)) - 1;
const HIGH_HALF: u32 = !LOW_HALF;
const ALL_ONES: u32 = (1u32 << u32::BITS) - 1;
const TOP_BIT: u64 = 1u64 << (u64::BITS - 1);

fn split(x: u32) -> (u32, u32) {
    ((x & HIGH_HALF) >> (WORD_BITS / 2), x & LOW_HALF)
}

fn main() {
    println!("{:?} {:#x} {:#x}", split(0xdead_beef), ALL_ONES, TOP_BIT);
}
