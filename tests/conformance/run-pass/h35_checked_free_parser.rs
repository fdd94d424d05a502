// A decimal and hex parser over byte strings using only L1 integer methods:
// overflow is detected with overflowing_mul/overflowing_add.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Parsed {
    Value(u32),
    Overflow,
    Bad(usize),
}

fn digit_value(b: u8) -> u32 {
    if b.is_ascii_digit() {
        (b - b'0') as u32
    } else if b.is_ascii_hexdigit() {
        (b.to_ascii_lowercase() - b'a' + 10) as u32
    } else {
        99
    }
}

fn parse(text: &[u8], radix: u32) -> Parsed {
    let mut acc: u32 = 0;
    for i in 0..text.len() {
        let d = digit_value(text[i]);
        if d >= radix {
            return Parsed::Bad(i);
        }
        let (m, o1) = acc.overflowing_mul(radix);
        let (s, o2) = m.overflowing_add(d);
        if o1 || o2 {
            return Parsed::Overflow;
        }
        acc = s;
    }
    Parsed::Value(acc)
}

fn main() {
    let inputs: [(&[u8], u32); 6] = [
        (b"12345", 10),
        (b"4294967295", 10),
        (b"4294967296", 10),
        (b"ff", 16),
        (b"DeadBeef", 16),
        (b"12a4", 10),
    ];
    for (text, radix) in inputs {
        let r = parse(text, radix);
        match r {
            Parsed::Value(v) => println!("{:>10} base {:>2} = {} ({:#x}, {} bits set)", text.len(), radix, v, v, v.count_ones()),
            Parsed::Overflow => println!("{:>10} base {:>2} overflows", text.len(), radix),
            Parsed::Bad(at) => println!("{:>10} base {:>2} bad digit at {}", text.len(), radix, at),
        }
    }
    println!("{:?}", parse(b"", 10) == Parsed::Value(0));
}
