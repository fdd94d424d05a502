#[derive(Debug, Clone, Copy, PartialEq)]
enum Color {
    Red,
    Green,
    Blue,
}

#[derive(Debug, Clone, Copy)]
struct Pixel {
    x: u16,
    y: u16,
    color: Color,
}

fn main() {
    let p = Pixel { x: 3, y: 4, color: Color::Red };
    let Pixel { color: Color::Red, x, .. } = p;
    println!("red pixel at x={}", x);
}
