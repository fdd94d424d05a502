fn gate(a: bool, b: bool, c: bool) -> u8 {
    match (a, b, c) {
        (true, true, _) => 3,
        (true, false, true) => 2,
        (false, _, false) => 1,
        (false, true, true) => 4,
    }
}

fn nib(x: u8) -> u8 {
    match x & 0x0f {
        0..=7 => 0,
        8..=15 => 1,
    }
}

fn main() {
    println!("{} {}", gate(true, false, false), nib(9));
}
