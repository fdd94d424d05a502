use geometry::shapes::rect::Rect;
use geometry::{Circle, Rectangle, Unit};

fn describe(r: &&Rectangle) -> &'static str {
    if r.is_square() {
        "square"
    } else {
        "rect"
    }
}

fn main() {
    let mut c = Circle::new(2.0);
    c.grow(0.5).grow(0.5);
    let rects = [Rect::square(3), Rectangle { w: 2, h: 5 }];
    let first = &rects[0];
    println!("{} {}", describe(&first), describe(&&rects[1]));
    println!("{:.3}", geometry::total_area(&[c, Circle::UNIT], &rects));
    for u in Unit::ALL {
        println!("{:?} {}", u, u.factor());
    }
    println!("{:?}", geometry::ORIGIN);
}
