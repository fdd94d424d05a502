// Copy types reused after moves; non-Copy values moved once and rebuilt.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug)]
struct Path {
    pts: [Point; 3],
    name: char,
}

fn length(p: Path) -> i32 {
    let mut total = 0;
    let mut prev = p.pts[0];
    for q in p.pts {
        total += (q.x - prev.x).abs() + (q.y - prev.y).abs();
        prev = q;
    }
    total
}

fn main() {
    let origin = Point { x: 0, y: 0 };
    let a = origin;
    let b = Point { x: a.x + 3, ..origin };
    let mut path = Path { pts: [origin, a, b], name: 'p' };
    let mut sum = 0;
    for round in 0..3 {
        let current = path;
        println!("round {} name {}", round, current.name);
        sum += length(current);
        path = Path { pts: [origin, b, Point { x: 3, y: round * 2 }], name: 'q' };
    }
    println!("sum {} origin {:?} path {}", sum, origin, path.name);
    let pair = (Point { x: 1, y: 1 }, Path { pts: [origin; 3], name: 'z' });
    let (p, q) = pair;
    println!("{:?} {}", p, q.name);
    let opt: u32;
    if sum > 10 {
        opt = 1;
    } else {
        opt = 2;
    }
    println!("{}", opt);
}
