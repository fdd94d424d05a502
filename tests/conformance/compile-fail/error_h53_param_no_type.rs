// Function parameter missing its type.
fn scale(v: f64, factor) -> f64 {
    v * factor
}

fn main() {
    println!("{}", scale(2.5, 4.0));
}
