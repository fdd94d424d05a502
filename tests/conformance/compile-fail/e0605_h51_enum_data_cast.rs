// Casting enums that carry data
#[derive(Debug)]
enum Shape {
    Circle(f64),
    Square(f64),
    Empty,
}

#[derive(Debug, Clone, Copy)]
enum Dir {
    North,
    South,
}

fn main() {
    let s = Shape::Circle(1.0);
    let tag = s as u8;
    let d = Dir::North;
    let as_float = d as f32;
    let as_char = Dir::South as char;
    let back = 1 as Dir;
    println!("{} {} {} {:?} {:?}", tag, as_float, as_char, back, Shape::Square(2.0));
    let _ = Shape::Empty;
}
