// A required trait method whose declaration lacks its `;`.
pub trait Shape {
    fn area(&self) -> f64
    fn name(&self) -> String;
}

struct Square(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }

    fn name(&self) -> String {
        "square".to_string()
    }
}

fn main() {
    let s = Square(3.0);
    println!("{} has area {}", s.name(), s.area());
}
