// Geometry helpers; forgetting float suffixes
fn hyp(a: f64, b: f64) -> f64 {
    (a * a + b * b).sqrt()
}

fn main() {
    let root2 = 2.0.sqrt();
    let side = 3.0;
    let area = side.powi(2);
    println!("{} {} {}", root2, area, hyp(3.0, 4.0));
}
