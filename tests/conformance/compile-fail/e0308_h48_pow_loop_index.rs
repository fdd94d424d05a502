// Powers of two indexed by a usize loop counter.
fn main() {
    let mut powers = [0u64; 10];
    for i in 0..powers.len() {
        powers[i] = 2u64.pow(i);
    }
    println!("{:?}", powers);
    let weights = [1.0f64, 0.5, 0.25];
    let mut acc = 0.0;
    for (i, w) in weights.iter().enumerate() {
        acc += w * 3.0f64.powi(i);
    }
    println!("{acc}");
}
