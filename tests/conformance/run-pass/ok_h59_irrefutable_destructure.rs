#[derive(Debug, Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug, Clone, Copy)]
struct Segment(Point, Point);

fn length_sq(Segment(Point { x: x1, y: y1 }, Point { x: x2, y: y2 }): Segment) -> i32 {
    let (dx, dy) = (x2 - x1, y2 - y1);
    dx * dx + dy * dy
}

fn main() {
    let seg = Segment(Point { x: 1, y: 1 }, Point { x: 4, y: 5 });
    println!("{}", length_sq(seg));

    let grid = [[1, 2, 3], [4, 5, 6]];
    let [[a, _, c], [d, .., f]] = grid;
    println!("{} {} {} {}", a, c, d, f);

    let pairs = [(1u8, 'x'), (2, 'y')];
    for &(n, ch) in pairs.iter() {
        println!("{} {}", n, ch);
    }

    let ((p, q), r) = ((true, 2.5), "end");
    println!("{} {} {}", p, q, r);
}
