// match mistakes: a forgotten variant, and an integer match without a catch-all.
#[derive(Debug, Clone, Copy)]
enum Direction {
    North,
    East,
    South,
    West,
}

fn turn_right(d: Direction) -> Direction {
    // mistake 1: West is not handled
    match d {
        Direction::North => Direction::East,
        Direction::East => Direction::South,
        Direction::South => Direction::West,
    }
}

fn heading_name(degrees: u16) -> &'static str {
    // mistake 2: u16 values above 359 are not covered
    match degrees {
        0..=89 => "north-east",
        90..=179 => "south-east",
        180..=269 => "south-west",
        270..=359 => "north-west",
    }
}

fn main() {
    let mut d = Direction::North;
    for _ in 0..4 {
        d = turn_right(d);
        println!("{:?}", d);
    }
    println!("{}", heading_name(200));
}
