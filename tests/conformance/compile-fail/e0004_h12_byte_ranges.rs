// Classifies bytes and nested commands; integer ranges and nested enums leave gaps.
#[derive(Debug, Clone, Copy)]
enum Dir {
    Up,
    Down,
    Left,
    Right,
}

#[derive(Debug, Clone, Copy)]
enum Command {
    Move(Dir, u8),
    Wait(u16),
    Quit,
}

fn class(b: u8) -> &'static str {
    match b {
        0..=31 => "control",
        b'0'..=b'9' => "digit",
        b'A'..=b'Z' | b'a'..=b'z' => "letter",
        32..=47 | 58..=64 | 91..=96 | 123..=127 => "punct",
    }
}

fn describe(cmd: Command) -> u32 {
    match cmd {
        Command::Move(Dir::Up, n) | Command::Move(Dir::Down, n) => n as u32,
        Command::Move(Dir::Left, n) => n as u32 * 2,
        Command::Wait(t) => t as u32,
        Command::Quit => 0,
    }
}

fn main() {
    for b in [b'a', b'7', b' ', 200] {
        println!("{}", class(b));
    }
    println!("{}", describe(Command::Move(Dir::Right, 3)));
}
