// Missing commas between struct fields in the definition.
#[derive(Debug)]
struct Point {
    x: i32
    y: i32,
}

#[derive(Debug)]
struct Rect {
    top_left: Point,
    bottom_right: Point
    color: u32,
}

fn main() {
    let r = Rect {
        top_left: Point { x: 0, y: 0 },
        bottom_right: Point { x: 10, y: 5 },
        color: 0xff0000,
    };
    println!("{:?}", r);
}
