#[derive(Debug, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 1, y: 2 };
    if p == Point { x: 1, y: 2 } {
        println!("same");
    }
}
