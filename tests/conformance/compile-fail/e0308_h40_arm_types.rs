#[derive(Debug, Clone, Copy)]
enum Cmd {
    Forward(u32),
    Turn(i32),
    Halt,
}

fn distance(c: Cmd) -> u32 {
    match c {
        Cmd::Forward(n) => n,
        Cmd::Turn(_) => 0,
        Cmd::Halt => -1,
    }
}

fn describe(c: Cmd) -> &'static str {
    match c {
        Cmd::Forward(0) => "idle",
        Cmd::Forward(_) => "moving",
        Cmd::Turn(deg) => deg,
        Cmd::Halt => "halt",
    }
}

fn heading(c: Cmd, h: i32) -> i32 {
    let next = match c {
        Cmd::Turn(d) => (h + d).rem_euclid(360),
        Cmd::Forward(_) | Cmd::Halt => { h; }
    };
    next
}

fn main() {
    let prog = [Cmd::Forward(3), Cmd::Turn(90), Cmd::Halt];
    let mut h = 0;
    for c in prog {
        h = heading(c, h);
        println!("{} {} {}", distance(c), describe(c), h);
    }
}
