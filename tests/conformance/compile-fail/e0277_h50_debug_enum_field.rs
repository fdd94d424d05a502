#[derive(Clone, Copy, PartialEq)]
enum Color {
    Red,
    Green,
}

#[derive(Debug)]
struct Pixel {
    x: u16,
    y: u16,
    c: Color,
}

fn main() {
    let p = Pixel { x: 1, y: 2, c: Color::Red };
    if p.c == Color::Green {
        println!("green");
    }
    println!("{:?}", p);
}
