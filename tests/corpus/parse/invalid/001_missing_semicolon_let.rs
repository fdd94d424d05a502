// A `let` statement is missing its terminating semicolon.
fn average(values: &[f64]) -> f64 {
    let sum: f64 = values.iter().sum()
    let count = values.len() as f64;
    if count == 0.0 {
        return 0.0;
    }
    sum / count
}

fn main() {
    let data = [1.0, 2.5, 4.0];
    println!("{}", average(&data));
}
