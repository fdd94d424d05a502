// Safe arithmetic with checked_* (tier L2: returns Option).
fn safe_mul(a: u32, b: u32) -> u32 {
    match a.checked_mul(b) {
        Some(v) => v,
        None => u32::MAX,
    }
}

fn factorial(n: u64) -> u64 {
    let mut acc: u64 = 1;
    for i in 1..=n {
        acc = acc.saturating_mul(i);
    }
    acc
}

fn main() {
    println!("{}", safe_mul(70_000, 70_000));
    println!("{}", factorial(25));
    let d = 10i32.checked_div(0);
    println!("{}", d.is_none());
}
