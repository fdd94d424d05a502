// Trying to precompute float constants with non-const methods.
const SQRT_3: f64 = 3.0f64.sqrt();
const HALF_PI: f64 = std::f64::consts::PI / 2.0;
const SIN_30: f64 = (HALF_PI / 3.0).sin();

fn triangle_height(side: f64) -> f64 {
    side * SQRT_3 / 2.0
}

fn main() {
    println!("height = {}", triangle_height(2.0));
    println!("sin 30 = {}", SIN_30);
}
