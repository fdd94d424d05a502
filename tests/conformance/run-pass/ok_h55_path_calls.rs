// Calling primitive methods through type paths.
fn manhattan(a: (i32, i32), b: (i32, i32)) -> i32 {
    i32::abs(a.0 - b.0) + i32::abs(a.1 - b.1)
}

fn largest(xs: &[f64]) -> f64 {
    let mut best = f64::NEG_INFINITY;
    for &x in xs {
        best = f64::max(best, x);
    }
    best
}

fn count_digits(s: &[u8]) -> usize {
    let mut n = 0;
    for b in s {
        if u8::is_ascii_digit(b) {
            n += 1;
        }
    }
    n
}

fn main() {
    println!("{}", manhattan((1, 2), (-4, 6)));
    println!("{}", largest(&[1.5, -2.0, 9.25, 3.0]));
    println!("{}", count_digits(b"a1b22c333"));
    let sq = i32::pow(7, 2);
    let cube = u64::pow(3, 3);
    println!("{} {}", sq, cube);
    println!("{}", f64::sqrt(2.0));
    println!("{}", f32::min(1.0, 0.5));
    println!("{}", char::is_alphabetic('x'));
    println!("{}", u32::count_ones(0b1011));
    println!("{}", i64::rem_euclid(-7, 3));
    println!("{}", u8::to_ascii_uppercase(&b'q') as char);
    println!("{}", char::to_ascii_lowercase(&'Q'));
    println!("{}", usize::is_power_of_two(64));
    println!("{}", u16::swap_bytes(0x1234));
    println!("{}", i8::wrapping_add(i8::MAX, 1));
}
