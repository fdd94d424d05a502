// Functions, methods and associated functions.
#[derive(Debug, Clone, Copy)]
struct Point {
    x: f64,
    y: f64,
}

impl Point {
    fn origin() -> Point {
        Point { x: 0.0, y: 0.0 }
    }

    fn new(x: f64, y: f64) -> Point {
        Point { x, y }
    }

    fn distance_to(&self, other: &Point) -> f64 {
        ((self.x - other.x).powi(2) + (self.y - other.y).powi(2)).sqrt()
    }
}

#[derive(Debug)]
struct Rectangle {
    p1: Point,
    p2: Point,
}

impl Rectangle {
    fn area(&self) -> f64 {
        let Point { x: x1, y: y1 } = self.p1;
        let Point { x: x2, y: y2 } = self.p2;
        ((x1 - x2) * (y1 - y2)).abs()
    }

    fn perimeter(&self) -> f64 {
        2.0 * ((self.p1.x - self.p2.x).abs() + (self.p1.y - self.p2.y).abs())
    }

    fn translate(&mut self, x: f64, y: f64) {
        self.p1.x += x;
        self.p2.x += x;
        self.p1.y += y;
        self.p2.y += y;
    }

    fn into_corners(self) -> (Point, Point) {
        (self.p1, self.p2)
    }
}

fn is_divisible_by(lhs: u32, rhs: u32) -> bool {
    if rhs == 0 {
        return false;
    }
    lhs % rhs == 0
}

fn fizzbuzz_to(n: u32) {
    for i in 1..=n {
        if is_divisible_by(i, 15) {
            print!("fizzbuzz ");
        } else if is_divisible_by(i, 3) {
            print!("fizz ");
        } else {
            print!("{} ", i);
        }
    }
    println!();
}

fn main() {
    let mut rect = Rectangle { p1: Point::origin(), p2: Point::new(3.0, 4.0) };
    println!("area {} perimeter {}", rect.area(), rect.perimeter());
    rect.translate(1.0, 1.0);
    println!("{:?}", rect);
    println!("diagonal {}", rect.p1.distance_to(&rect.p2));
    let (a, b) = rect.into_corners();
    println!("{:?} {:?}", a, b);
    fizzbuzz_to(15);
}
