// Distance calculations on a grid: methods called on the wrong numeric type.

#[derive(Debug, Clone, Copy)]
struct Pos {
    x: u32,
    y: u32,
}

fn manhattan(a: Pos, b: Pos) -> u32 {
    (a.x - b.x).abs() + (a.y - b.y).abs()
}

fn euclid(a: Pos, b: Pos) -> f64 {
    let dx = a.x.abs_diff(b.x);
    let dy = a.y.abs_diff(b.y);
    (dx * dx + dy * dy).sqrt()
}

fn chebyshev(a: Pos, b: Pos) -> u32 {
    a.x.abs_diff(b.x).max(a.y.abs_diff(b.y))
}

fn main() {
    let a = Pos { x: 3, y: 9 };
    let b = Pos { x: 7, y: 2 };
    println!("{} {} {}", manhattan(a, b), euclid(a, b), chebyshev(a, b));
}
