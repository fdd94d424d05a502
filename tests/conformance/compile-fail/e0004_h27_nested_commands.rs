// Editor command dispatcher: nested enums, tuples and reference patterns.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Dir {
    Up,
    Down,
    Left,
    Right,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Cmd {
    Move(Dir, u8),
    Select { extend: bool, dir: Dir },
    Undo,
    Redo(u8),
}

fn delta(cmd: &Cmd) -> (i32, i32) {
    match cmd {
        &Cmd::Move(Dir::Up, n) => (0, -(n as i32)),
        &Cmd::Move(Dir::Down, n) => (0, n as i32),
        &Cmd::Move(Dir::Left | Dir::Right, 0) => (0, 0),
        &Cmd::Select { extend: true, dir: Dir::Up } => (0, -1),
        &Cmd::Select { extend: false, .. } => (0, 0),
        &Cmd::Undo | &Cmd::Redo(_) => (0, 0),
    }
}

fn pair_kind(pair: (Dir, bool)) -> u8 {
    match pair {
        (Dir::Up, true) | (Dir::Down, true) => 1,
        (Dir::Left, _) => 2,
        (Dir::Right, false) => 3,
        (_, false) => 4,
    }
}

fn repeat(cmd: Cmd) -> u8 {
    match cmd {
        Cmd::Redo(0) => 0,
        Cmd::Redo(1..=9) => 1,
        Cmd::Move(_, n) => n,
        Cmd::Select { .. } | Cmd::Undo => 1,
    }
}

fn main() {
    let c = Cmd::Move(Dir::Left, 3);
    println!("{:?} {} {}", delta(&c), pair_kind((Dir::Right, true)), repeat(c));
}
