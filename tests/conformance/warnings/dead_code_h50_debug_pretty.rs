// lints: dead_code
#[derive(Debug, Clone, PartialEq)]
enum Shape {
    Circle { r: f64 },
    Rect(f64, f64),
    Empty,
}

#[derive(Debug)]
struct Scene {
    name: &'static str,
    shapes: [Shape; 3],
    origin: (i32, i32),
    visible: bool,
}

#[derive(Debug, Default)]
struct Unit;

fn main() {
    let s = Scene {
        name: "demo",
        shapes: [Shape::Circle { r: 1.5 }, Shape::Rect(2.0, 3.0), Shape::Empty],
        origin: (0, -4),
        visible: true,
    };
    println!("{:?}", s);
    println!("{:#?}", s);
    println!("{:?} {:?}", Unit, Unit::default());
    let t = (1u8, 'x', "str", 2.0f32, [1, 2, 3]);
    println!("{t:?}");
    println!("{t:#?}");
    let nested = [[0u8; 2]; 2];
    println!("{:?}", nested);
    let empty: [i32; 0] = [];
    println!("{:?} {:#?}", empty, empty);
    println!("{:?}", ());
    println!("{:?} {:?}", "quote\"d\n", '\'');
    println!("{:>20?}|", Shape::Empty);
}
