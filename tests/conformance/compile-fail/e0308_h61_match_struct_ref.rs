// matching struct references against values
#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

fn quadrant(p: &Point) -> u8 {
    match p {
        Point { x: 0, y: 0 } => 0,
        Point { x, y } if *x > 0 && *y > 0 => 1,
        _ => 2,
    }
}

fn origin_distance(p: &Point) -> i32 {
    let q: Point = p;
    q.x.abs() + q.y.abs()
}

fn main() {
    let pts = [Point { x: 1, y: 2 }, Point { x: 0, y: 0 }];
    for p in pts.iter() {
        let copy: Point = p;
        println!("{} {} {:?}", quadrant(p), origin_distance(p), copy);
    }
}
