// An extra closing brace after a function body.
#[derive(Debug, Clone, Copy)]
enum Dir {
    North,
    East,
    South,
    West,
}

fn turn_right(d: Dir) -> Dir {
    match d {
        Dir::North => Dir::East,
        Dir::East => Dir::South,
        Dir::South => Dir::West,
        Dir::West => Dir::North,
    }
}
}

fn main() {
    let mut d = Dir::North;
    for _ in 0..5 {
        d = turn_right(d);
    }
    println!("{:?}", d);
}
