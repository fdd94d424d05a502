// patterns whose type does not match the scrutinee
#[derive(Debug, Clone, Copy)]
enum Color {
    Red,
    Green,
}

#[derive(Debug, Clone, Copy)]
enum Shape {
    Circle(f64),
    Square(f64),
}

fn name_of(code: i32) -> &'static str {
    match code {
        0 => "zero",
        "one" => "one",
        _ => "many",
    }
}

fn main() {
    let c = Color::Red;
    if let Shape::Circle(r) = c {
        println!("radius {}", r);
    }
    let pos = (3, 4);
    match pos {
        (x, y, z) => println!("{} {} {}", x, y, z),
    }
    println!("{} {:?} {:?}", name_of(1), Color::Green, Shape::Square(1.0));
}
