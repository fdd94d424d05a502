// Build-time settings chosen with `if` in const initialisers: only the branch
// that is taken is evaluated.
const FAST: bool = true;
const LANES: u32 = 0;
const WIDTH: u8 = 200;

const STRIDE: u32 = if FAST { 64 / LANES } else { 64 };
const SAFE_STRIDE: u32 = if FAST { 64 } else { 64 / LANES };
const PADDED: u8 = if WIDTH > 100 { WIDTH + 100 } else { WIDTH };
const LIMIT: u8 = if WIDTH < 100 { WIDTH * 2 } else { WIDTH / 2 };
const MODE: i32 = match LANES {
    0 => i32::MAX + 1,
    _ => 4,
};

struct Plan {
    stride: u32,
    padded: u8,
}

fn main() {
    let plan = Plan { stride: STRIDE, padded: PADDED };
    println!("{} {} {} {} {}", plan.stride, plan.padded, SAFE_STRIDE, LIMIT, MODE);
}
