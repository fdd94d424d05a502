// Method declared without a body in an inherent impl.
struct Circle {
    r: f64,
}

impl Circle {
    fn area(&self) -> f64;

    fn diameter(&self) -> f64 {
        self.r * 2.0
    }
}

fn main() {
    let c = Circle { r: 2.0 };
    println!("{}", c.diameter());
}
