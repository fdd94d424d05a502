// edition:2021
fn scale(value: f64, factor) -> f64 {
    value * factor
}

fn main() {
    println!("{}", scale(2.0, 1.5));
}
