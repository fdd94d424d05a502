// lints: unused_parens
// C habit: parentheses around conditions and return values; accepted with warnings.
fn gcd(a: u64, b: u64) -> u64 {
    let mut x = a;
    let mut y = b;
    while (y != 0) {
        let t = y;
        y = x % y;
        x = t;
    }
    return (x);
}

fn main() {
    let g = gcd(84, 36);
    if (g > 10) {
        println!("big gcd {}", g);
    } else {
        println!("small gcd {}", g);
    }
    let v = (g * 2);
    match (v) {
        24 => println!("twenty-four"),
        _ => println!("other"),
    }
}
