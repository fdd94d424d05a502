// lints: unreachable_patterns
fn fizz(n: u32) -> u32 {
    match n % 15 {
        0 => 15,
        x if x % 5 == 0 => 5,
        x if x % 3 == 0 => 3,
        0 => 99,
        _ => 0,
    }
}

fn main() {
    for i in 1..=15 {
        print!("{} ", fizz(i));
    }
    println!();
}
