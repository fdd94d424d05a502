// Number base conversion into byte buffers, digit parsing, and overflow-aware accumulation.
struct Digits {
    buf: [u8; 130],
    len: usize,
}

impl Digits {
    const ALPHABET: &'static [u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

    fn render(mut n: u128, base: u32) -> Digits {
        let mut d = Digits { buf: [b'0'; 130], len: 0 };
        if n == 0 {
            d.len = 1;
            return d;
        }
        while n > 0 {
            d.buf[d.len] = Self::ALPHABET[(n % base as u128) as usize];
            n /= base as u128;
            d.len += 1;
        }
        let (mut i, mut j) = (0, d.len - 1);
        while i < j {
            let tmp = d.buf[i];
            d.buf[i] = d.buf[j];
            d.buf[j] = tmp;
            i += 1;
            j -= 1;
        }
        d
    }

    fn print(&self) {
        for &b in &self.buf[..self.len] {
            print!("{}", b as char);
        }
    }
}

fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => (b - b'0') as u32,
        b'a'..=b'z' => (b - b'a') as u32 + 10,
        b'A'..=b'Z' => (b - b'A') as u32 + 10,
        _ => u32::MAX,
    }
}

// Parses saturating at u64::MAX, reporting whether it overflowed.
fn parse(text: &[u8], base: u32) -> (u64, bool) {
    let mut value = 0u64;
    let mut overflow = false;
    for &b in text {
        if b == b'_' {
            continue;
        }
        let d = digit_value(b);
        if d >= base {
            break;
        }
        let (m, o1) = value.overflowing_mul(base as u64);
        let (a, o2) = m.overflowing_add(d as u64);
        overflow |= o1 | o2;
        value = if overflow { u64::MAX } else { a };
    }
    (value, overflow)
}

fn main() {
    let values: [u128; 5] = [0, 255, 65_535, 1 << 100, u128::MAX];
    for &v in values.iter() {
        for base in [2u32, 8, 16, 36] {
            let d = Digits::render(v, base);
            if d.len > 40 {
                print!("b{base:<2}: ({} digits) ", d.len);
                continue;
            }
            print!("b{base:<2}: ");
            d.print();
            print!(" ");
        }
        println!();
    }
    let inputs: [(&[u8], u32); 6] =
        [(b"ff", 16), (b"777", 8), (b"1010_1010", 2), (b"zz", 36), (b"18446744073709551616", 10), (b"12x4", 10)];
    for (text, base) in inputs {
        let (v, o) = parse(text, base);
        for _ in text.len()..22 {
            print!(" ");
        }
        for &b in text {
            print!("{}", b as char);
        }
        println!(" base {base:>2} = {v:<20} overflow={o}");
    }
    println!("{:x} {:o} {:b}", parse(b"deadbeef", 16).0, 8u8, -5i8);
    println!("{:#X}", (parse(b"zzzzzz", 36).0 as u32).swap_bytes());
}
