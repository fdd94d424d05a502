// Mixing integers and floats in arithmetic, and indexing a &str.
fn mean(values: &[i32]) -> f64 {
    let mut sum = 0;
    for v in values {
        sum += v;
    }
    sum / values.len() as f64
}

fn main() {
    let count = 7;
    let half = count / 2.0;
    let ratio: f64 = 3 * 0.5;
    let word = "hello";
    let first = word[0];
    println!("{} {} {} {}", mean(&[1, 2, 3]), half, ratio, first);
}
