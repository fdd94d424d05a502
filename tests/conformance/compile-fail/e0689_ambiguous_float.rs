// Calling float methods on literals whose type is not yet known.
fn main() {
    let side = 2.0;
    let diagonal = side.sqrt() * 2.0;
    let half = 0.5.powi(2);
    println!("{} {}", diagonal, half);
}
