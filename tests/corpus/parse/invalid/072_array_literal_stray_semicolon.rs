fn main() {
    let weights = [0.2, 0.3, 0.5;];
    let total: f64 = weights.iter().sum();
    println!("{}", total);
}
