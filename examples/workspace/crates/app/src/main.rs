use geometry::shapes::Shape;
use geometry::{Circle, Point, Rect};

fn main() {
    let shapes = [
        Shape::Circle(Circle { center: Point::ORIGIN, radius: 3 }),
        Shape::Rect(Rect { corner: Point::new(1, 2), width: 4, height: 5 }),
    ];
    let mut total = 0;
    for shape in shapes.iter() {
        total += shape.area()
    }
    let far = Point::new(7, -2)
    println!("total area {}, distance {}", total, far.manhattan(&Point::ORIGIN));
}
