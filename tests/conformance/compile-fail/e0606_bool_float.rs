// Casting a reference to a float into u8, and a char to f32.
fn main() {
    let ratio = 0.75f64;
    let enabled = &ratio as u8;
    let grade = 'B';
    let weight = grade as f32;
    println!("{} {}", enabled, weight);
}
