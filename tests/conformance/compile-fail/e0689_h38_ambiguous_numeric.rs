// Calling methods on number literals whose type isn't known yet.
fn hypotenuse(a: f64, b: f64) -> f64 {
    (a * a + b * b).sqrt()
}

fn main() {
    let side = 3.0;
    let area = side.powi(2);
    let x = 2;
    let cube = x.pow(3);
    let root = 16.0.sqrt();
    let typed: u32 = 5;
    let fine = typed.pow(2);
    println!("{} {} {} {} {}", area, cube, root, fine, hypotenuse(3.0, 4.0));
    let big = 10_i64.pow(3);
    println!("{}", big);
}
