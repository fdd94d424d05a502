struct Circle {
    radius: f64,
    fn area(&self) -> f64 {
        3.14159 * self.radius * self.radius
    }
}

fn main() {
    let c = Circle { radius: 1.0 };
    println!("{}", c.radius);
}
