// Comparing and adding structs that don't derive the needed traits.
#[derive(Debug, Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug)]
enum Direction {
    North,
    South,
}

fn main() {
    let a = Point { x: 1, y: 2 };
    let b = Point { x: 1, y: 2 };
    if a == b {
        println!("same point");
    }
    let c = a + b;
    println!("{:?}", c);
    let d = Direction::North;
    if d == Direction::South {
        println!("heading south");
    }
}
