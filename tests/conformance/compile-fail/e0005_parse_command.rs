// A command interpreter that destructures a command as if it could only be a Move.
#[derive(Debug, Clone, Copy)]
enum Command {
    Move(i32, i32),
    Rotate(i32),
    Stop,
}

struct Turtle {
    x: i32,
    y: i32,
    angle: i32,
}

fn main() {
    let program = [Command::Move(3, 4), Command::Rotate(90), Command::Move(-1, 2), Command::Stop];
    let mut t = Turtle { x: 0, y: 0, angle: 0 };
    for cmd in program {
        let Command::Move(dx, dy) = cmd;
        t.x += dx;
        t.y += dy;
        println!("{:?} -> ({}, {})", cmd, t.x, t.y);
    }
    println!("angle {}", t.angle);
}
