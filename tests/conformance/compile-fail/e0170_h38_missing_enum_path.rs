// Forgetting the `Direction::` prefix in match arms: the arm becomes a catch-all binding.
#[derive(Debug, Clone, Copy)]
enum Direction {
    North,
    East,
    South,
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
    for _ in 0..5 {
        d = turn_right(d);
        println!("{:?}", d);
    }
}
