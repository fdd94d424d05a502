#[derive(Debug, Clone, Copy)]
struct Pair(bool, bool);

#[derive(Debug, Clone, Copy)]
enum Shape {
    Dot,
    Line(i32, i32),
    Rect { w: u32, h: u32 },
}

fn both(p: Pair) -> u8 {
    match p {
        Pair(true, true) => 2,
        Pair(false, _) => 0,
    }
}

fn size(s: Shape) -> u32 {
    match s {
        Shape::Dot => 0,
    }
}

fn main() {
    println!("{}", both(Pair(true, false)));
    let _ = Shape::Line(1, 2);
    let _ = Shape::Rect { w: 1, h: 2 };
    println!("{}", size(Shape::Dot));
}
