#[derive(Debug, PartialEq)]
enum Direction {
    Up,
    Down,
    Left,
    Right,
}

fn delta(d: &Direction) -> (i32, i32) {
    match d {
        &Direction::Down => (0, 1),
        &Direction::Left => (-1, 0),
        &Direction::Right => (1, 0),
    }
}

fn main() {
    let moves = [Direction::Up, Direction::Right, Direction::Down];
    let mut pos = (0, 0);
    for m in moves.iter() {
        let (dx, dy) = delta(m);
        pos.0 += dx;
        pos.1 += dy;
    }
    println!("{:?}", pos);
}
