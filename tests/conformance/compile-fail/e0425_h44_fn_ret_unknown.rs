// The return type of a helper is unknown; its result is used in arithmetic.
fn parse_digit(c: u8) -> Digit {
    (c - b'0') as u32
}

fn sum_digits(s: &[u8]) -> u32 {
    let mut total = 0;
    for b in s {
        total += parse_digit(*b);
    }
    total
}

fn checksum(s: &[u8]) -> u32 {
    let d = parse_digit(b'7');
    let doubled = d * 2;
    let shifted = doubled.rotate_left(3);
    shifted ^ sum_digits(s)
}

fn main() {
    let s = b"12345";
    let c = checksum(s);
    let first = parse_digit(b'1');
    let flag: bool = first.is_power_of_two();
    if flag {
        println!("first digit is a power of two");
    }
    let wrong: i64 = c;
    println!("{} {}", c, wrong);
}
