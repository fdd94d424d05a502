// Structs: named, tuple and unit structs; struct update syntax; nested destructuring.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: f32,
    y: f32,
}

#[derive(Debug, Clone, Copy)]
struct Rectangle {
    top_left: Point,
    bottom_right: Point,
}

#[derive(Debug)]
struct Unit;

#[derive(Debug, Clone, Copy)]
struct Pair(i32, f32);

fn rect_area(r: Rectangle) -> f32 {
    let Rectangle {
        top_left: Point { x: x1, y: y1 },
        bottom_right: Point { x: x2, y: y2 },
    } = r;
    ((x2 - x1) * (y1 - y2)).abs()
}

fn square(p: Point, side: f32) -> Rectangle {
    Rectangle {
        top_left: p,
        bottom_right: Point { x: p.x + side, y: p.y - side },
    }
}

fn main() {
    let point = Point { x: 5.2, y: 0.4 };
    let another = Point { x: 10.3, ..point };
    println!("point ({}, {}), another ({}, {})", point.x, point.y, another.x, another.y);
    let Point { x: left_edge, y: top_edge } = point;
    let r = Rectangle {
        top_left: Point { x: left_edge, y: top_edge },
        bottom_right: another,
    };
    println!("{:?} has area {}", r, rect_area(r));
    let sq = square(Point { x: 1.0, y: 1.0 }, 3.0);
    println!("square area {}", rect_area(sq));
    let _unit = Unit;
    println!("{:?}", _unit);
    let pair = Pair(1, 0.1);
    let Pair(integer, decimal) = pair;
    println!("pair contains {:?} and {:?}", pair.0, pair.1);
    println!("destructured: {} {}", integer, decimal);
    assert!(point == Point { x: 5.2, y: 0.4 });
}
