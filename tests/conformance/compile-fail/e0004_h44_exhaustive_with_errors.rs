// Non-exhaustive matches in bodies that also contain type errors.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Dir {
    North,
    East,
    South,
    West,
}

fn turn(d: Dir) -> Dir {
    match d {
        Dir::North => Dir::East,
        Dir::East => Dir::South,
        Dir::South => Dir::West,
    }
}

fn step(d: Dir) -> (i32, i32) {
    let delta: (i32, i32) = match d {
        Dir::North => (0, 1),
        Dir::East => (1, 0),
        Dir::South => (0, -1),
    };
    let scale: i32 = 2.0;
    (delta.0 * scale, delta.1 * scale)
}

fn name(d: Dir) -> &'static str {
    match d {
        Dir::North => "n",
        Dir::Est => "e",
        Dir::South => "s",
    }
}

fn code(d: Dir) -> u8 {
    let Dir::North = d;
    match d as u8 {
        0 => 1,
        1..=2 => 2,
        2 => 3,
    }
}

fn main() {
    let mut d = Dir::North;
    for _ in 0..3 {
        d = turn(d);
        println!("{:?} {:?} {} {}", d, step(d), name(d), code(d));
    }
}
