// `if let ... else if let ... else` chains as values and as statements.
#[derive(Debug, Clone, Copy)]
enum Shape {
    Circle { r: f64 },
    Rect { w: f64, h: f64 },
    Square(f64),
    Point,
}

#[derive(Debug, Clone, Copy)]
enum Msg {
    Resize(u32, u32),
    Move { dx: i32, dy: i32 },
    Quit,
}

fn area(s: Shape) -> f64 {
    if let Shape::Circle { r } = s {
        std::f64::consts::PI * r * r
    } else if let Shape::Rect { w, h } = s {
        w * h
    } else if let Shape::Square(side) = s {
        side * side
    } else {
        0.0
    }
}

fn describe(m: Msg, verbose: bool) -> u32 {
    let mut cost = 1;
    if let Msg::Resize(w, h) = m {
        cost += w * h / 100;
    } else if let Msg::Move { dx, dy: 0 } = m {
        cost += dx.unsigned_abs();
    } else if let Msg::Move { dx: 0, dy } = m {
        cost += dy.unsigned_abs() * 2;
    } else if verbose {
        println!("  other message: {:?}", m);
    } else if let Msg::Quit = m {
        return 0;
    }
    cost
}

fn main() {
    let shapes = [
        Shape::Circle { r: 1.5 },
        Shape::Rect { w: 2.0, h: 4.5 },
        Shape::Square(3.0),
        Shape::Point,
    ];
    for s in shapes {
        println!("{:?}: {:.3}", s, area(s));
    }
    let msgs = [
        Msg::Resize(40, 30),
        Msg::Move { dx: -7, dy: 0 },
        Msg::Move { dx: 0, dy: 5 },
        Msg::Move { dx: 1, dy: 1 },
        Msg::Quit,
    ];
    for m in msgs {
        println!("{:?} costs {} / {}", m, describe(m, false), describe(m, true));
    }
}
