use geom::shapes::Shape;
use geom::Point;

fn main() {
    let shapes = [
        Shape::Circle { center: Point { x: 1.0, y: 1.0 }, radius: 2.0 },
        Shape::Triangle(Point::ORIGIN, Point { x: 3.0, y: 0.0 }, Point { x: 0.0, y: 4.0 }),
    ];
    for s in &shapes {
        println!("{:?} area {:.3} anchor distance {:.3}", s, s.area(), s.anchor().distance(&Point::ORIGIN));
    }
    println!("total {:.3}", geom::total_area(&shapes));
}
