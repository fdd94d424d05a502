// Uses geo's items only through layout's re-exports.
use layout::prelude::*;

fn main() {
    let start = Point::ORIGIN;
    let boxes = [place_at(start, 4, 3), place_at(Point { x: 2, y: 2 }, 1, 5), Shape::Dot(start)];
    let mut total = 0;
    for b in boxes {
        total += shape_area(b);
        println!("{:?}", b);
    }
    println!("total {} dist {}", total, start.manhattan(Point { x: 3, y: -4 }));
    println!("{}", layout::shape_area(layout::Shape::Dot(layout::Point { x: 1, y: 1 })));
}
