// lints: unused_comparisons
// Range checks on unsigned and small integer types that are always true or false.
struct Reading {
    level: u8,
    delta: u32,
    index: usize,
    trim: i8,
}

fn valid(r: &Reading) -> bool {
    if r.delta < 0 {
        return false;
    }
    r.level <= 255 && r.index >= 0 && r.trim >= -128
}

fn clamp_index(i: usize, len: usize) -> usize {
    if i >= 0 && i < len { i } else { 0 }
}

fn bucket(v: u16) -> u8 {
    if 0 > v {
        0
    } else if v > 65535 {
        2
    } else {
        1
    }
}

fn main() {
    let r = Reading { level: 10, delta: 3, index: 2, trim: -4 };
    println!("{}", valid(&r));
    println!("{}", clamp_index(r.index, 5));
    println!("{}", bucket(70));
    let small: i8 = 5;
    println!("{}", small < 127);
}
