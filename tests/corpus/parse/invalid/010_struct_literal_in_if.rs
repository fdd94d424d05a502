#[derive(PartialEq, Debug)]
struct Point {
    x: i32,
    y: i32,
}

fn is_origin(p: &Point) -> bool {
    if *p == Point { x: 0, y: 0 } {
        return true;
    }
    false
}

fn main() {
    println!("{}", is_origin(&Point { x: 0, y: 0 }));
}
