// Common slip: PI is in std::f64::consts, not an associated const of f64.
struct Circle {
    r: f64,
}

impl Circle {
    fn area(&self) -> f64 {
        f64::PI * self.r * self.r
    }

    fn circumference(&self) -> f64 {
        2.0 * std::f64::consts::PI * self.r
    }
}

fn main() {
    let c = Circle { r: 2.0 };
    println!("{:.3} {:.3}", c.area(), c.circumference());
    let t = f32::TAU;
    println!("{}", t);
}
