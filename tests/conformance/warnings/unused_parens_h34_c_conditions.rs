// lints: unused_parens
// Parentheses around conditions and return values, carried over from C.

fn clamp_score(score: i32) -> i32 {
    if (score < 0) {
        return (0);
    }
    if (score > 100) {
        return 100;
    }
    score
}

fn count_digits(mut n: u64) -> u32 {
    let mut digits = (1);
    while (n >= 10) {
        n /= 10;
        digits += 1;
    }
    digits
}

fn parity(n: u32) -> &'static str {
    match (n % 2) {
        0 => "even",
        _ => "odd",
    }
}

fn main() {
    let total = (clamp_score(120) + clamp_score(-5));
    for i in (0..3) {
        println!("{} {}", i, parity(i));
    }
    println!("{} {}", total, count_digits(98765));
    let scaled = (total * 2) + 1;
    println!("{}", scaled);
}
