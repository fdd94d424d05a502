// Trying to cast structs and tuples
#[derive(Debug, Clone, Copy)]
struct Meters(f64);

#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let m = Meters(3.5);
    let raw = m as f64;
    let p = Point { x: 1, y: 2 };
    let pair = (p.x, p.y);
    let n = pair as i64;
    let s = "42";
    let v = s as i32;
    println!("{} {} {}", raw, n, v);
}
