// A nested helper function tries to read a local of the enclosing function.
fn apply_tax(prices: &[f64]) -> f64 {
    let rate = 0.2;
    fn with_tax(p: f64) -> f64 {
        p * (1.0 + rate)
    }
    let mut total = 0.0;
    for &p in prices {
        total += with_tax(p);
    }
    total
}

fn main() {
    println!("{}", apply_tax(&[10.0, 20.0]));
}
