// Functions written without `-> T` that return a value anyway.
struct Point {
    x: i32,
    y: i32,
}

impl Point {
    fn manhattan(&self) {
        self.x.abs() + self.y.abs()
    }

    fn origin() {
        Point { x: 0, y: 0 }
    }
}

fn label(p: &Point) {
    if p.x == 0 && p.y == 0 {
        return "origin";
    }
    "elsewhere"
}

fn scale(factor: f64) {
    factor * 2.5
}

fn pair(p: &Point) {
    (p.x, p.y)
}

fn log_distance(p: &Point) {
    let d = p.x * p.x + p.y * p.y;
    if d > 100 {
        println!("far");
    }
    d
}

fn main() {
    let p = Point { x: 3, y: -4 };
    p.manhattan();
    Point::origin();
    label(&p);
    scale(1.0);
    pair(&p);
    log_distance(&p);
    Point::origin()
}
