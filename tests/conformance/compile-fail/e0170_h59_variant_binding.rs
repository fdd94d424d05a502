#[derive(Debug, Clone, Copy, PartialEq)]
enum Direction {
    North,
    South,
    East,
    West,
}

fn turn_right(d: Direction) -> Direction {
    match d {
        North => Direction::East,
        East => Direction::South,
        South => Direction::West,
        West => Direction::North,
    }
}

fn main() {
    let mut d = Direction::North;
    for _ in 0..3 {
        d = turn_right(d);
    }
    println!("{:?}", d);
}
