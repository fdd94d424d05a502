// Digit manipulations: do-while digit extraction, digital roots, base conversion, decimal addition.
fn digits_of(mut v: u64, out: &mut [u8; 20]) -> usize {
    let mut n = 0;
    // do { ... } while v > 0, so that zero still yields one digit
    while {
        out[n] = (v % 10) as u8;
        v /= 10;
        n += 1;
        v > 0
    } {}
    n
}

fn digital_root(v: u64) -> u64 {
    if v == 0 { 0 } else { 1 + (v - 1) % 9 }
}

fn to_base(mut v: u32, base: u32, out: &mut [u8; 32]) -> usize {
    const SYMBOLS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    assert!(base >= 2 && base <= 36, "bad base {}", base);
    let mut n = 0;
    while {
        out[n] = SYMBOLS[(v % base) as usize];
        n += 1;
        v /= base;
        v > 0
    } {}
    // reverse in place
    let (mut i, mut j) = (0, n - 1);
    let mut tmp;
    while i < j {
        tmp = out[i];
        out[i] = out[j];
        out[j] = tmp;
        i += 1;
        j -= 1;
    }
    n
}

/// Adds two little-endian decimal digit strings.
fn add_digits(a: &[u8], b: &[u8], out: &mut [u8; 21]) -> usize {
    let len = a.len().max(b.len());
    let mut carry;
    let mut c = 0u8;
    for i in 0..len {
        let x = if i < a.len() { a[i] } else { 0 };
        let y = if i < b.len() { b[i] } else { 0 };
        let s = x + y + c;
        out[i] = s % 10;
        carry = s >= 10;
        c = carry as u8;
    }
    if c > 0 {
        out[len] = c;
        len + 1
    } else {
        len
    }
}

fn print_le(d: &[u8]) {
    for i in (0..d.len()).rev() {
        print!("{}", d[i]);
    }
}

fn main() {
    let mut buf = [0u8; 20];
    for v in [0u64, 7, 1234, 99_999, u64::MAX] {
        let n = digits_of(v, &mut buf);
        let sum: u32 = {
            let mut s = 0;
            for &d in &buf[..n] {
                s += d as u32;
            }
            s
        };
        println!("{:>20}: {:>2} digits, sum {:>3}, root {}", v, n, sum, digital_root(v));
    }
    let mut out = [0u8; 32];
    for (v, base) in [(255u32, 2u32), (255, 16), (1_000_000, 36), (0, 7), (u32::MAX, 8)] {
        let n = to_base(v, base, &mut out);
        print!("{} in base {:>2} = ", v, base);
        for &b in &out[..n] {
            print!("{}", b as char);
        }
        println!();
    }
    let (mut a, mut b) = ([0u8; 20], [0u8; 20]);
    let na = digits_of(9_876_543_210_987_654_321, &mut a);
    let nb = digits_of(12_345_678_901_234_567_890, &mut b);
    let mut sum = [0u8; 21];
    let ns = add_digits(&a[..na], &b[..nb], &mut sum);
    print_le(&a[..na]);
    print!(" + ");
    print_le(&b[..nb]);
    print!(" = ");
    print_le(&sum[..ns]);
    println!();
}
