// Float helpers called with too many or too few arguments.
fn lerp(a: f64, b: f64, t: f64) -> f64 {
    t.mul_add(b - a)
}

fn dist(x: f64, y: f64) -> f64 {
    x.hypot()
}

fn angle(y: f64, x: f64) -> f64 {
    f64::atan2(y)
}

fn main() {
    println!("{} {} {}", lerp(0.0, 10.0, 0.25), dist(3.0, 4.0), angle(1.0, 1.0));
    println!("{}", 2.0f64.powi(2, 3));
}
