// lints: unreachable_patterns
#[derive(Debug, Clone, Copy)]
enum Coord {
    X,
    Y,
}

fn pick(a: Coord, b: u8) -> u8 {
    match (a, b) {
        (Coord::X, 0) => 1,
        (_, _) => 2,
        (Coord::Y, 5) => 3,
        (Coord::X, 1 | 1) => 4,
    }
}

fn main() {
    println!("{}", pick(Coord::Y, 5) + pick(Coord::X, 0));
}
