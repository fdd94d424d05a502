// A function whose parameter type is misspelled; callers pass good values.
struct Point {
    x: i32,
    y: i32,
}

fn manhattan(a: &Piont, b: &Point) -> i32 {
    (a.x - b.x).abs() + (a.y - b.y).abs()
}

fn nearest(origin: &Point, pts: &[Point]) -> usize {
    let mut best = 0;
    let mut best_d = i32::MAX;
    for (i, p) in pts.iter().enumerate() {
        let d = manhattan(origin, p);
        if d < best_d {
            best_d = d;
            best = i;
        }
    }
    best
}

fn main() {
    let pts = [Point { x: 1, y: 2 }, Point { x: -3, y: 4 }, Point { x: 0, y: 0 }];
    let o = Point { x: 0, y: 1 };
    let i = nearest(&o, &pts);
    let d: bool = manhattan(&o, &pts[i]);
    println!("nearest {} at {}", i, d);
    let e = manhattan(&o, 5);
    println!("{}", e + 1);
}
