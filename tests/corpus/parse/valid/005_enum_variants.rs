// Enums with unit, tuple and struct variants, explicit discriminants and reprs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Color {
    Red = 1,
    Green = 2,
    Blue = 4,
    Custom = 0x80 | 1,
}

#[derive(Debug)]
pub enum Shape {
    Circle { radius: f64 },
    Rectangle { width: f64, height: f64 },
    Triangle(f64, f64, f64),
    Nothing,
}

#[repr(i32)]
enum Signed {
    Negative = -1,
    Zero,
    Positive,
}

enum Never {}

enum Mixed<T> {
    Leaf(T),
    Node { left: Box<Mixed<T>>, right: Box<Mixed<T>> },
    Empty,
}

pub enum Visibility {
    #[allow(dead_code)]
    Hidden,
    Shown(),
    Struct {},
}

const BASE: isize = 10;

enum Computed {
    A = BASE,
    B = BASE * 2,
    C = { BASE + 5 },
}

impl Shape {
    fn area(&self) -> f64 {
        match self {
            Shape::Circle { radius } => std::f64::consts::PI * radius * radius,
            Shape::Rectangle { width, height } => width * height,
            &Shape::Triangle(a, b, c) => {
                let s = (a + b + c) / 2.0;
                (s * (s - a) * (s - b) * (s - c)).sqrt()
            }
            Shape::Nothing => 0.0,
        }
    }
}

fn depth<T>(tree: &Mixed<T>) -> usize {
    match tree {
        Mixed::Leaf(_) | Mixed::Empty => 1,
        Mixed::Node { left, right } => 1 + depth(left).max(depth(right)),
    }
}

fn main() {
    let shapes = [Shape::Circle { radius: 1.0 }, Shape::Triangle(3.0, 4.0, 5.0), Shape::Nothing];
    let total: f64 = shapes.iter().map(Shape::area).sum();
    println!("{total:.2} {:?} {}", Color::Custom, Color::Blue as u8);
    println!("{} {}", Signed::Positive as i32, Computed::C as isize);
    let _ = (Signed::Negative, Signed::Zero, Computed::A, Computed::B);
    let t = Mixed::Node { left: Box::new(Mixed::Leaf(1)), right: Box::new(Mixed::Empty) };
    println!("{}", depth(&t));
    let _v = [Visibility::Hidden, Visibility::Shown(), Visibility::Struct {}];
    let _f = |n: Never| -> u8 { match n {} };
}
