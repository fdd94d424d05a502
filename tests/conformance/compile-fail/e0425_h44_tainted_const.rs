// A const with an unknown type is read by several functions that also have unused locals.
const LIMIT: Amount = 100;
const STEP: u32 = 5;

fn clamp_value(v: u32) -> u32 {
    let mut tmp = v;
    if v > LIMIT {
        LIMIT
    } else {
        v
    }
}

fn ramp(n: u32) -> u32 {
    let unused_copy = n;
    let mut x = 0;
    while x < n {
        x += STEP;
    }
    x
}

fn budget() -> u32 {
    let spent = 40;
    let mut left = LIMIT;
    left = left - spent;
    left
}

fn main() {
    let a = clamp_value(120);
    let b = ramp(12);
    let c = budget();
    let unused_total = a + b;
    println!("{} {} {}", a, b, c);
}
