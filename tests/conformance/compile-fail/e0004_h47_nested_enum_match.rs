// Nested enums in matches: missing inner cases.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Direction {
    North,
    East,
    South,
    West,
}

#[derive(Debug, Clone, Copy)]
enum Command {
    Move(Direction, u32),
    Turn { left: bool },
    Stop,
}

#[derive(Debug, Clone, Copy)]
enum Input {
    Key(Command),
    Idle,
}

fn dx(c: Command) -> i32 {
    match c {
        Command::Move(Direction::East, n) => n as i32,
        Command::Move(Direction::West, n) => -(n as i32),
        Command::Move(Direction::North, _) => 0,
        Command::Turn { .. } | Command::Stop => 0,
    }
}

fn handle(i: Input) -> &'static str {
    match i {
        Input::Key(Command::Move(..)) => "move",
        Input::Key(Command::Turn { left: true }) => "left",
        Input::Idle => "idle",
    }
}

fn main() {
    let inputs = [
        Input::Key(Command::Move(Direction::East, 3)),
        Input::Key(Command::Turn { left: false }),
        Input::Idle,
    ];
    for i in inputs {
        if let Input::Key(c) = i {
            println!("{} {}", handle(i), dx(c));
        }
    }
    let Input::Key(cmd) = inputs[0];
    println!("{:?} {:?}", cmd, Direction::South);
}
