// Compute powers where the exponent has the wrong integer type.
fn power_table(base: u64, max_exp: i32) -> [u64; 5] {
    let mut out = [0u64; 5];
    for e in 0..max_exp {
        out[e as usize] = base.pow(e);
    }
    out
}

fn area_scale(factor: f64, dims: usize) -> f64 {
    factor.powi(dims)
}

fn main() {
    println!("{:?}", power_table(3, 5));
    println!("{}", area_scale(2.0, 3));
}
