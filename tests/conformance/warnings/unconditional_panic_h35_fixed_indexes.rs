// lints: unconditional_panic
// regen: build
// A colour palette read with constant indexes and divisors that are known to fail.
const PALETTE: [u32; 4] = [0xff0000, 0x00ff00, 0x0000ff, 0xffffff];
const SLOTS: usize = 4;
const NO_SHADES: u32 = 0;

fn shade(c: u32, steps: u32) -> u32 {
    c / steps.max(1)
}

fn main() {
    let local = [1u8, 2, 3];
    let first = PALETTE[0];
    let last = PALETTE[SLOTS];
    let third = local[3];
    let per_shade = first / NO_SHADES;
    let rem = first % NO_SHADES;
    let ok = shade(PALETTE[SLOTS - 1], 3);
    let min_div = i32::MIN / -1;
    println!("{} {} {} {} {} {} {}", first, last, third, per_shade, rem, ok, min_div);
}
