// A geometry module where `Self` escapes its impl into consts, aliases and free functions.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

impl Point {
    const ORIGIN: Self = Self { x: 0, y: 0 };

    fn manhattan(&self, other: &Self) -> i32 {
        (self.x - other.x).abs() + (self.y - other.y).abs()
    }
}

const CORNER: Self = Point { x: 10, y: 10 };

type Segment = (Self, Point);

fn length(s: Segment) -> i32 {
    s.0.manhattan(&s.1)
}

fn mirror(p: Point) -> Point {
    Point { x: -p.x, y: -self.y }
}

fn main() {
    let s: Segment = (Point::ORIGIN, Point { x: 3, y: 4 });
    println!("{} {:?} {:?}", length(s), mirror(s.1), CORNER);
}
