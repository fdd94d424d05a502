// Iterating by reference and feeding references to min/max.
fn smallest(values: &[i32]) -> i32 {
    let mut best = i32::MAX;
    for v in values.iter() {
        best = best.min(v);
    }
    best
}

fn largest_f(values: &[f64]) -> f64 {
    let mut best = f64::MIN;
    for v in values {
        best = f64::max(best, v);
    }
    best
}

fn count_digits(text: &[u8]) -> usize {
    let mut n = 0;
    for &b in text {
        if u8::is_ascii_digit(b) {
            n += 1;
        }
    }
    n
}

fn main() {
    println!("{}", smallest(&[4, -2, 9]));
    println!("{}", largest_f(&[1.0, 3.5]));
    println!("{}", count_digits(b"a1b2"));
    let c = 'x';
    println!("{}", char::is_alphabetic(&c));
}
