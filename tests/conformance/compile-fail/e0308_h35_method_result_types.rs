// Bit statistics stored in fields that do not match the methods' result types.
struct BitStats {
    ones: u8,
    lead: usize,
    trail: u32,
    width: u32,
}

fn stats(x: u64) -> BitStats {
    BitStats {
        ones: x.count_ones(),
        lead: x.leading_zeros(),
        trail: x.trailing_zeros(),
        width: u64::BITS,
    }
}

fn utf8_total(cs: &[char]) -> u32 {
    let mut t = 0;
    for c in cs {
        t += c.len_utf8();
    }
    t
}

fn overflow_flag(a: u8, b: u8) -> bool {
    let (_, flag) = a.overflowing_add(b);
    flag
}

fn sum_flag(a: u8, b: u8) -> u8 {
    a.overflowing_add(b)
}

fn main() {
    let s = stats(0x00f0);
    println!("{} {} {} {}", s.ones, s.lead, s.trail, s.width);
    println!("{} {} {}", utf8_total(&['a', 'ä']), overflow_flag(200, 100), sum_flag(1, 2));
    let is_small: bool = 5u32.is_power_of_two() as u8;
    println!("{}", is_small);
}
