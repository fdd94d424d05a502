// Calling methods on literals and untyped numbers whose type is not known yet.
fn main() {
    let kib = 2.pow(10);
    let typed = 2u32.pow(10);
    let offset = -7;
    println!("{} {} {}", kib, typed, offset.abs());
    let radius = 3.0;
    let area = radius.powi(2) * std::f64::consts::PI;
    let root = 2.0_f64.sqrt();
    println!("{} {}", area, root);
    let side: f32 = 1.5;
    println!("{}", side.sqrt());
    println!("{}", (-12).rem_euclid(5));
    let limit = 300;
    let lim: i64 = limit;
    println!("{}", lim.max(10));
}
