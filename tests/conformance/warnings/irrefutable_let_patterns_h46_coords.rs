// lints: irrefutable_let_patterns non_shorthand_field_patterns
// Coordinate unpacking with patterns that can never fail.
#[derive(Clone, Copy, Debug)]
struct Vec2 {
    x: i32,
    y: i32,
}

#[derive(Clone, Copy)]
struct Segment {
    from: Vec2,
    to: Vec2,
}

fn length_sq(s: Segment) -> i32 {
    let Segment { from: from, to: to } = s;
    let dx = to.x - from.x;
    let dy = to.y - from.y;
    dx * dx + dy * dy
}

fn mid(s: Segment) -> Vec2 {
    if let Segment { from, to } = s {
        return Vec2 { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
    }
    Vec2 { x: 0, y: 0 }
}

fn walk(mut p: Vec2, steps: u32) -> Vec2 {
    let mut n = 0;
    while let Vec2 { x, y: y } = p {
        if n >= steps {
            break;
        }
        p = Vec2 { x: x + 1, y };
        n += 1;
    }
    p
}

fn origin_dist(v: Vec2) -> i32 {
    let Vec2 { x, y } = v else {
        return -1;
    };
    x.abs() + y.abs()
}

fn main() {
    let s = Segment { from: Vec2 { x: 0, y: 0 }, to: Vec2 { x: 4, y: 6 } };
    println!("{}", length_sq(s));
    println!("{:?}", mid(s));
    println!("{:?}", walk(s.from, 3));
    println!("{}", origin_dist(s.to));
}
