// Physics helpers calling methods on unsuffixed numeric literals and negating unsigned values.
fn fall_time(height_m: f64) -> f64 {
    let g = 9.81;
    (2.0 * height_m / g).sqrt()
}

fn energy(mass: f64, speed: f64) -> f64 {
    0.5 * mass * speed.powi(2)
}

fn main() {
    let h = 20.0;
    println!("t = {:.3}", fall_time(h));
    println!("e = {:.1}", energy(3.0, 4.0));
    let root = 2.0.sqrt();
    let big = 3.pow(4);
    let depth: u32 = 12;
    let below = -depth;
    println!("{} {} {}", root, big, below);
}
