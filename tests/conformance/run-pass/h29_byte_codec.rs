// A byte codec: run-length encoding with `while let` over slice patterns, a Caesar
// shift through u8/char casts, and a checksum with wrapping arithmetic.
const INPUT: &[u8] = b"aaabccddddde  zz!";
const KEY: u8 = 3;

fn rle(input: &[u8], out: &mut [(u8, u8); 32]) -> usize {
    let mut n = 0;
    let mut rest = input;
    while let [first, tail @ ..] = rest {
        let mut run = 1u8;
        let mut remaining = tail;
        while let [next, more @ ..] = remaining {
            if next != first || run == u8::MAX {
                break;
            }
            run += 1;
            remaining = more;
        }
        out[n] = (*first, run);
        n += 1;
        rest = remaining;
    }
    n
}

fn shift(b: u8, key: u8) -> char {
    match b {
        b'a'..=b'z' => ((b - b'a' + key) % 26 + b'a') as char,
        b'A'..=b'Z' => ((b - b'A' + key) % 26 + b'A') as char,
        b' ' => '_',
        other => other as char,
    }
}

fn checksum(data: &[u8]) -> u16 {
    let mut a: u16 = 1;
    let mut b: u16 = 0;
    for &x in data {
        a = a.wrapping_add(x as u16) % 251;
        b = b.wrapping_add(a) % 251;
    }
    (b << 8) | a
}

fn describe(pair: (u8, u8)) -> &'static str {
    match pair {
        (c, 1) if c.is_ascii_punctuation() => "single mark",
        (_, 1) => "single",
        (b' ', _) => "blank run",
        (_, 2..=3) => "short run",
        (_, n) if n >= 5 => "long run",
        _ => "run",
    }
}

fn main() {
    let mut pairs = [(0u8, 0u8); 32];
    let n = rle(INPUT, &mut pairs);
    println!("{} bytes -> {} runs", INPUT.len(), n);
    for &(byte, count) in &pairs[..n] {
        let c = byte as char;
        println!("{:>3} x{:<2} {:?} {}", byte, count, c, describe((byte, count)));
    }
    print!("cipher: ");
    for &b in INPUT {
        print!("{}", shift(b, KEY));
    }
    println!();
    let upper = b'q'.to_ascii_uppercase();
    println!("{} {} {}", upper as char, shift(upper, 25), ('Z' as u8 + 1) as char);
    println!("checksum {:#06x}", checksum(INPUT));
    let digits = b"4096";
    let mut value = 0u32;
    for &d in digits {
        value = value * 10 + (d - b'0') as u32;
    }
    println!("{} {}", value, value.trailing_zeros());
    let ch = 'é';
    println!("{} {} {}", ch as u32, ch.len_utf8(), ch.is_alphabetic());
}
