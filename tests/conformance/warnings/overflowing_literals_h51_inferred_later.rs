// lints: overflowing_literals
// Literal types decided by later uses
fn store_byte(b: u8) -> u8 {
    b
}

fn store_small(v: [i8; 3]) -> i8 {
    v[0]
}

fn main() {
    let level = 300;
    let stored = store_byte(level);
    let vals = [1, -2, 200];
    let first = store_small(vals);
    let offset = 70_000;
    let tiny: i16 = offset;
    let mut acc = 0;
    acc += 1;
    let wide: u128 = acc;
    println!("{} {} {} {}", stored, first, tiny, wide);
}
