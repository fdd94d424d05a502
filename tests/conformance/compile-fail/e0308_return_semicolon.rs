// The classic trailing semicolon: the last expression of a function is a statement.
struct Circle {
    radius: f64,
}

impl Circle {
    fn area(&self) -> f64 {
        std::f64::consts::PI * self.radius * self.radius;
    }

    fn circumference(&self) -> f64 {
        2.0 * std::f64::consts::PI * self.radius
    }
}

fn main() {
    let c = Circle { radius: 2.0 };
    println!("{} {}", c.area(), c.circumference());
}
