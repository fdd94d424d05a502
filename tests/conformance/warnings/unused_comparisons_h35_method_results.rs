// lints: unused_comparisons
// Sanity checks on unsigned method results that can never fail.
const NAMES: [&str; 3] = ["north", "", "west"];

fn check_name(s: &str) -> bool {
    s.len() >= 0 && !s.is_empty()
}

fn bits_ok(x: u32) -> bool {
    x.count_ones() >= 0 && x.leading_zeros() <= 32
}

fn distance(a: u16, b: u16) -> u16 {
    let d = a.abs_diff(b);
    if d < 0 {
        return 0;
    }
    d
}

fn level(x: u8) -> u8 {
    let s = x.saturating_sub(10);
    if s > 255 { 255 } else { s }
}

fn main() {
    for n in NAMES {
        println!("{:?} {}", n, check_name(n));
    }
    println!("{} {} {}", bits_ok(12), distance(3, 10), level(4));
    let width = NAMES[0].len();
    println!("{}", width < 0);
}
