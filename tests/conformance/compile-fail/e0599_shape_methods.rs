// A shapes module where methods are called on the wrong type or before they were written.
#[derive(Debug, Clone, Copy)]
struct Circle {
    r: f64,
}

#[derive(Debug, Clone, Copy)]
struct Square {
    side: f64,
}

impl Circle {
    fn area(&self) -> f64 {
        3.14159 * self.r * self.r
    }
}

fn main() {
    let c = Circle { r: 1.0 };
    let s = Square { side: 2.0 };
    println!("{} {}", c.area(), s.area());
    println!("{}", c.perimeter());
    let big = Circle::with_radius(10.0);
    println!("{:?}", big);
}
