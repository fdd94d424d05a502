use g2::{dist2, Circle, Point, ORIGIN};
use g2::shapes::Triangle;

fn main() {
    let a = Point::new(3, 4);
    let b = Point { x: ORIGIN.0, y: ORIGIN.1 };
    let c = Circle::unit();
    println!("{} {} {}", dist2(a, b), c.area_x100(), g2::banner_len());
    let unused_corner = a;
}
