// Checking results with assert_eq! where one side is a reference.
#[derive(Debug, PartialEq, Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

fn largest(values: &[i32]) -> &i32 {
    let mut best = &values[0];
    for v in values {
        if v > best {
            best = v;
        }
    }
    best
}

fn closest_to_origin(points: &[Point]) -> &Point {
    let mut best = &points[0];
    for p in points {
        if p.x.abs() + p.y.abs() < best.x.abs() + best.y.abs() {
            best = p;
        }
    }
    best
}

fn main() {
    let data = [4, 19, 7, 11];
    let big = largest(&data);
    assert_eq!(big, 19);
    assert_eq!(*big, 19);

    let pts = [Point { x: 5, y: 5 }, Point { x: -1, y: 2 }, Point { x: 0, y: 9 }];
    let c = closest_to_origin(&pts);
    assert_eq!(c, Point { x: -1, y: 2 });
    assert_eq!(c, &pts[1]);
    let window = &data[1..3];
    assert_eq!(window, [19, 7]);
    println!("all checks passed: {:?}", c);
}
