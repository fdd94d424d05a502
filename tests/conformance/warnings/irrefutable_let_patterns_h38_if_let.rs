// lints: irrefutable_let_patterns non_shorthand_field_patterns
// if let / while let with patterns that always match, and redundant field patterns.
#[derive(Debug, Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

fn describe(p: Point) -> i32 {
    let Point { x: x, y: y } = p;
    x + y
}

fn main() {
    let p = Point { x: 3, y: -4 };
    if let Point { x, y } = p {
        println!("{x} {y}");
    }
    if let n = describe(p) {
        println!("{n}");
    }
    match p {
        Point { x: x, y } => println!("{} {}", x, y),
    }
}
