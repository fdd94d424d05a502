use mathx::vector::{Vec2, Vec3};
use mathx::matrix::Mat2;
use mathx::clamp01;

fn main() {
    let v = Vec2 { x: 3.0, y: 4.0 };
    println!("{} {}", v.length(), clamp01(1.5));
    let m = Mat2::identity();
    let w = mathx::geometry::rotate(v, 90.0);
    let _ = (m, w);
}
