// Counting digits via to_string (L2: needs String).
fn digit_count(n: u64) -> usize {
    n.to_string().len()
}

fn digit_count_loop(mut n: u64) -> usize {
    let mut d = 1;
    while n >= 10 {
        n /= 10;
        d += 1;
    }
    d
}

fn main() {
    println!("{} {}", digit_count(12345), digit_count_loop(12345));
    let pi = std::f64::consts::PI;
    println!("{}", pi.to_string().len());
    println!("{}", 'x'.to_string().len());
}
