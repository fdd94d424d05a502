// lints: irrefutable_let_patterns
#[derive(Debug, Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

fn manhattan(p: Point) -> i32 {
    let Point { x, y } = p else {
        return 0;
    };
    x.abs() + y.abs()
}

fn main() {
    println!("{}", manhattan(Point { x: -3, y: 4 }));
}
