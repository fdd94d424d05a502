// A command parser whose match arms disagree on their types.
#[derive(Debug, Clone, Copy)]
enum Command {
    Move(i32, i32),
    Rotate(u16),
    Scale(f32),
    Stop,
}

fn cost(cmd: Command) -> u32 {
    match cmd {
        Command::Move(dx, dy) => (dx.abs() + dy.abs()) as u32,
        Command::Rotate(deg) => deg,
        Command::Scale(_) => 5,
        Command::Stop => 0,
    }
}

fn describe(cmd: Command) -> &'static str {
    match cmd {
        Command::Move(..) => "move",
        Command::Rotate(deg) if deg > 180 => "spin",
        Command::Rotate(_) => 'r',
        Command::Scale(_) => "scale",
        Command::Stop => "stop",
    }
}

fn factor(cmd: Command) -> f32 {
    let f = match cmd {
        Command::Scale(s) => s,
        Command::Stop => 0,
        _ => 1.0,
    };
    f * 2.0
}

fn main() {
    let program = [Command::Move(3, -4), Command::Rotate(270), Command::Scale(1.5), Command::Stop];
    let mut total = 0;
    for cmd in program {
        total += cost(cmd);
        println!("{} x{}", describe(cmd), factor(cmd));
    }
    let verdict = match total {
        0 => "idle",
        1..=100 => total,
        _ => "busy",
    };
    println!("{}", verdict);
}
