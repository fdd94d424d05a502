// Computing the golden ratio and diagonal of a unit square.
fn golden_ratio() -> f64 {
    (1.0 + 5.0.sqrt()) / 2.0
}

fn unit_diagonal() -> f64 {
    2.0_f64.sqrt()
}

fn main() {
    let phi = golden_ratio();
    println!("phi = {:.6}", phi);
    println!("diag = {:.6}", unit_diagonal());
    println!("phi^2 - phi = {:.6}", phi.powi(2) - phi);
}
