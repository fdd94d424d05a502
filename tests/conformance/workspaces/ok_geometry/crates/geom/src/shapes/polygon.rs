use super::super::Point;

pub fn triangle_area(a: &Point, b: &Point, c: &Point) -> f64 {
    ((b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y)).abs() / 2.0
}
