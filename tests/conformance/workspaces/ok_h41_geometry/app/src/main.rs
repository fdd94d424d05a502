use shapes::{Kind, Point, Shape};

fn main() {
    let shapes = [
        Shape::Circle { center: Point::new(1.0, 1.0), r: 2.0 },
        Shape::Rect { min: Point::ORIGIN, max: Point::new(3.0, 4.0) },
        Shape::Tri([Point::new(0.0, 0.0), Point::new(4.0, 0.0), Point::new(0.0, 3.0)]),
        Shape::Circle { center: Point::default(), r: 0.5 },
    ];
    let mut total = [0.0f64; 3];
    for s in &shapes {
        total[s.kind() as usize] += s.area();
        println!(
            "{:?}: area {:>7.3} perimeter {:>7.3} from origin {:.3}",
            s.kind(),
            s.area(),
            s.perimeter(),
            s.distance_from_origin()
        );
    }
    for k in Kind::ALL {
        println!("{:<6?} total area {:.3}", k, total[k as usize]);
    }
    let a = Point::new(1.0, 2.0);
    let b = Point::new(1.0, 3.0);
    println!("a < b: {}, a == a: {}", a < b, a == a);
    println!("largest kind: {:?}", if Kind::Tri > Kind::Rect { Kind::Tri } else { Kind::Rect });
}
