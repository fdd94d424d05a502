// lints: irrefutable_let_patterns unused_variables
// Coordinate unpacking in a plotter driver; some `if let`/`let else` never fail.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug, Clone, Copy)]
struct Segment(Point, Point);

fn length_sq(s: Segment) -> i32 {
    let Segment(a, b) = s else {
        return 0;
    };
    let dx = b.x - a.x;
    let dy = b.y - a.y;
    dx * dx + dy * dy
}

fn origin_distance(p: Point) -> i32 {
    if let Point { x, y } = p {
        x.abs() + y.abs()
    } else {
        -1
    }
}

fn steps(s: Segment) -> u32 {
    let mut n = 0;
    let mut cur = s.0;
    while let Point { x, y } = cur {
        if x == s.1.x {
            break;
        }
        cur = Point { x: x + 1, y: cur.y };
        n += 1;
    }
    n
}

fn main() {
    let s = Segment(Point { x: 0, y: 0 }, Point { x: 3, y: 4 });
    println!("{} {} {}", length_sq(s), origin_distance(s.1), steps(s));
}
