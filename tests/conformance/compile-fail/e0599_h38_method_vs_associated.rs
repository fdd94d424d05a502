// Calling an associated function with method syntax, and a method as a path without self.
#[derive(Debug)]
struct Rectangle {
    width: u32,
    height: u32,
}

impl Rectangle {
    fn square(size: u32) -> Rectangle {
        Rectangle { width: size, height: size }
    }

    fn area(&self) -> u32 {
        self.width * self.height
    }
}

fn main() {
    let r = Rectangle { width: 3, height: 4 };
    let sq = r.square(5);
    let bigger = Rectangle::new(10, 20);
    println!("{:?} {}", sq, r.area());
    println!("{}", r.perimeter());
    println!("{:?}", bigger);
}
