// Methods on numeric literals and on bindings whose numeric type is not yet known.
fn hypotenuse(a: f64, b: f64) -> f64 {
    (a * a + b * b).sqrt()
}

fn main() {
    let root_two = 2.0.sqrt();
    let side = 3.0;
    let area = side.powi(2);
    let magnitude = (-7).abs();
    let ok: i64 = 9;
    println!("{} {} {} {} {}", root_two, area, magnitude, ok.pow(2), hypotenuse(3.0, 4.0));
}
