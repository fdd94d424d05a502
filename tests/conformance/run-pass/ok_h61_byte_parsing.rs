// byte-level parsing with byte literals
fn parse_digits(s: &[u8]) -> u32 {
    let mut n: u32 = 0;
    for &b in s {
        if b >= b'0' && b <= b'9' {
            n = n * 10 + (b - b'0') as u32;
        } else if b == b'_' {
            continue;
        } else {
            break;
        }
    }
    n
}

fn vowel_count(s: &[u8]) -> usize {
    let mut c = 0;
    for b in s.iter() {
        match b.to_ascii_lowercase() {
            b'a' | b'e' | b'i' | b'o' | b'u' => c += 1,
            _ => {}
        }
    }
    c
}

fn main() {
    let n = parse_digits(b"1_024kb");
    let v = vowel_count(b"Education");
    let c = b'A' as char;
    println!("{} {} {}", n, v, c);
}
