// C-style declarations in leading-comma style: `let a = .., b = ..;` is not Rust.
fn stats(values: &[f64]) -> (f64, f64) {
    let mut sum = 0.0
        , count = 0.0;
    for v in values {
        sum += v;
        count += 1.0;
    }
    (sum, sum / count)
}

fn main() {
    let (sum, mean) = stats(&[1.0, 2.0, 6.0]);
    println!("sum {sum}, mean {mean}");
}
