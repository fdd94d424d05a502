// lints: unused_variables
// Bindings introduced by patterns, loops and matches that are never used.
#[derive(Clone, Copy)]
enum Shape {
    Circle { r: f64 },
    Rect { w: f64, h: f64 },
}

fn width(s: Shape) -> f64 {
    match s {
        Shape::Circle { r } => 0.0,
        Shape::Rect { w, h } => w,
    }
}

fn main() {
    let shapes = [Shape::Circle { r: 1.0 }, Shape::Rect { w: 2.0, h: 3.0 }];
    for (i, s) in shapes.iter().enumerate() {
        println!("{}", width(*s));
    }
    let (min, max) = (1, 9);
    println!("{}", min);
    for attempt in 0..2 {
        println!("retry");
    }
}
