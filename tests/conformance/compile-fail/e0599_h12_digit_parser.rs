// Parses a string of decimal digits into an integer by hand.
fn digit_value(c: char) -> u32 {
    if c.is_ascii_digit() {
        c as u32 - '0' as u32
    } else {
        0
    }
}

fn parse_number(bytes: &[u8]) -> u64 {
    let mut value: u64 = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_digit() {
            value = value * 10 + (b - b'0') as u64;
        } else if b.is_separator() {
            i += 1;
            continue;
        } else {
            break;
        }
        i += 1;
    }
    value
}

fn count_digits(mut n: u64) -> u32 {
    if n == 0 {
        return 1;
    }
    let mut count = 0;
    while n > 0 {
        n /= 10;
        count += 1;
    }
    count
}

fn main() {
    let inputs: [&[u8]; 4] = [b"1234", b"9_000", b"42x", b""];
    for text in inputs {
        let n = parse_number(text);
        println!("{:?} -> {} ({} digits)", text, n, count_digits(n));
    }
    let c = '7';
    println!("{}", digit_value(c).double());
    let total: u64 = parse_number(b"12").pow(2u64);
    println!("{}", total);
}
