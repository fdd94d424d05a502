// `return`, `break` and `continue` in value positions: branches, arguments, operands.
fn parse_digit(b: u8) -> u32 {
    (b as char).to_ascii_lowercase() as u32
}

fn checksum(bytes: &[u8]) -> i32 {
    let first = if bytes.is_empty() { return -1 } else { bytes[0] };
    let mut sum = first as i32;
    for &b in &bytes[1..] {
        let v = match b {
            b'0'..=b'9' => (b - b'0') as i32,
            b'#' => return sum * -1,
            b' ' => continue,
            _ => break,
        };
        sum += v;
    }
    sum
}

fn clamp_or_bail(x: i32, lo: i32, hi: i32) -> i32 {
    let low_ok = x >= lo || return lo;
    let high_ok = x <= hi || return hi;
    if low_ok && high_ok { x } else { unreachable!() }
}

fn scaled(n: u32) -> u32 {
    let factor = if n > 1000 { return 0 } else if n > 100 { 2 } else { 3 };
    n * factor + parse_digit(if n == 7 { return 77 } else { b'A' })
}

fn main() {
    println!("{}", checksum(b""));
    println!("{}", checksum(b"a12 3"));
    println!("{}", checksum(b"a1#9"));
    println!("{}", checksum(b"a1x99"));
    for x in [-5, 3, 50] {
        println!("clamp {} -> {}", x, clamp_or_bail(x, 0, 10));
    }
    for n in [5, 7, 150, 5000] {
        println!("scaled {} -> {}", n, scaled(n));
    }
    let mut collected = 0;
    let mut i = 0;
    let last = loop {
        i += 1;
        let add = if i % 3 == 0 { continue } else if i > 10 { break i * 100 } else { i };
        collected += add;
    };
    println!("collected {collected}, last {last}");
}
