// Struct literal in `if` condition, correctly parenthesized.
#[derive(PartialEq, Debug, Clone, Copy)]
struct Pos {
    x: i32,
    y: i32,
}

impl Pos {
    const ORIGIN: Pos = Pos { x: 0, y: 0 };

    fn manhattan(self, other: Pos) -> i32 {
        (self.x - other.x).abs() + (self.y - other.y).abs()
    }
}

fn main() {
    let p = Pos { x: 3, y: -4 };
    if p == (Pos { x: 3, y: -4 }) {
        println!("match");
    }
    match (Pos { x: 1, y: 1 }) {
        Pos { x: 1, y } => println!("x is 1, y is {}", y),
        Pos { .. } => println!("other"),
    }
    println!("{}", p.manhattan(Pos::ORIGIN));
}
