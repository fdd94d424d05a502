// A correct program using many primitive methods.
fn score(word: &str, letters: &[char]) -> u32 {
    let mut s = 0u32;
    for c in letters {
        if c.is_ascii_lowercase() {
            s = s.wrapping_mul(31).wrapping_add(*c as u32);
        } else if c.is_ascii_digit() {
            s = s.saturating_add((*c as u8 - b'0') as u32);
        }
    }
    s.rotate_left(word.len() as u32) ^ (word.len() as u32).pow(2)
}

fn stats(xs: &[f64]) -> (f64, f64) {
    let mut lo = f64::INFINITY;
    let mut hi = f64::NEG_INFINITY;
    for &x in xs {
        lo = lo.min(x);
        hi = hi.max(x);
    }
    (lo, hi)
}

fn main() {
    let letters = ['h', 'i', '7', 'Q'];
    println!("{}", score("hi7Q", &letters));
    let (lo, hi) = stats(&[2.5, -1.0, 9.25]);
    println!("{} {} {:.3}", lo, hi, (hi - lo).sqrt());
    let n = -17i32;
    println!("{} {} {} {}", n.rem_euclid(5), n.div_euclid(5), n.abs(), n.signum());
    let (r, o) = 250u8.overflowing_add(10);
    println!("{} {} {}", r, o, 0b1011u8.count_ones());
    println!("{} {}", 1u32.leading_zeros(), 0x1234u16.swap_bytes());
    println!("{} {}", 2.0f64.powf(0.5).mul_add(2.0, 1.0).floor(), (1.0f64).atan2(1.0).to_degrees_ok());
}
