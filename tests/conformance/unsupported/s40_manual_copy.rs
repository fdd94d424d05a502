// Valid Rust outside tier L1: `Clone` and `Copy` written by hand (lines 8-13)
// instead of derived. Whether `Point` is Copy is then indeterminate: its uses
// after a move are not judged (no false E0382).
struct Point {
    x: i32,
    y: i32,
}
impl Clone for Point {
    fn clone(&self) -> Point {
        *self
    }
}
impl Copy for Point {}

fn length_squared(p: Point) -> i32 {
    p.x * p.x + p.y * p.y
}

fn main() {
    let p = Point { x: 3, y: 4 };
    let a = length_squared(p);
    let b = length_squared(p);
    println!("{} {} {}", a, b, p.x);
}
