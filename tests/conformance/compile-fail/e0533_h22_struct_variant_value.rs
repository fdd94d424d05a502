// A drawing command list that uses variants with the wrong syntax.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Command {
    Clear,
    Move { x: i32, y: i32 },
    Line(i32, i32),
    Color(u8, u8, u8),
}

fn cost(c: Command) -> u32 {
    match c {
        Command::Clear => 1,
        Command::Move { .. } => 2,
        Command::Line(..) => 3,
        Command::Color => 4,
    }
}

fn is_move(c: &Command) -> bool {
    match c {
        Command::Move => true,
        _ => false,
    }
}

fn main() {
    let origin = Command::Move;
    let script = [Command::Clear, Command::Line(3, 4), Command::Move { x: 1, y: 1 }];
    let mut total = 0;
    for c in script {
        total += cost(c);
    }
    let paint = Command::Color;
    let bad = Command::Move(1, 2);
    println!("{} {:?} {:?} {} {:?}", total, origin, paint, is_move(&script[2]), bad);
}
