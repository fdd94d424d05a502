// lints: unused_mut
// totals with needless mut
fn total(xs: &[u32]) -> u64 {
    let mut acc: u64 = 0;
    for &x in xs {
        acc += x as u64;
    }
    acc
}

fn main() {
    let mut prices = [120u32, 45, 300];
    let mut tax_rate = 0.2;
    let t = total(&prices);
    let with_tax = t as f64 * (1.0 + tax_rate);
    println!("{} {:.2}", t, with_tax);
}
