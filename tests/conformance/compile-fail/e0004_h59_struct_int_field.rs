#[derive(Debug, Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug, Clone, Copy)]
enum Segment {
    Line(i32, i32),
    Arc { start: Point, sweep: u16 },
}

fn quadrant(p: Point) -> u8 {
    match p {
        Point { x: 1.., y: 1.. } => 1,
        Point { x: ..=-1, y: 1.. } => 2,
        Point { x: ..=-1, y: ..=-1 } => 3,
        Point { x: 1.., y: ..=-1 } => 4,
        Point { x: 0, .. } => 0,
    }
}

fn seg(s: Segment) -> i32 {
    match s {
        Segment::Line(0, b) => b,
        Segment::Line(a, 0) => a,
        Segment::Arc { sweep: 0..=359, .. } => 1,
    }
}

fn main() {
    println!("{}", quadrant(Point { x: 3, y: -2 }));
    println!("{}", seg(Segment::Line(1, 1)));
    let _ = Segment::Arc { start: Point { x: 0, y: 0 }, sweep: 400 };
}
