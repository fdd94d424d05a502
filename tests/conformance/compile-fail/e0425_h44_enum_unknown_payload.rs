// An enum variant carrying an unknown type; patterns with wrong arity.
#[derive(Debug, Clone, Copy)]
enum Cmd {
    Move(i32, i32),
    Paint(Color),
    Wait(u32),
    Stop,
}

fn cost(c: Cmd) -> u32 {
    match c {
        Cmd::Move(dx, dy) => (dx.abs() + dy.abs()) as u32,
        Cmd::Paint(col) => col.channels * 2,
        Cmd::Wait(t, extra) => t + extra,
        Cmd::Stop => 0,
    }
}

fn is_move(c: Cmd) -> bool {
    match c {
        Cmd::Move(_) => true,
        _ => false,
    }
}

fn main() {
    let prog = [Cmd::Move(1, 2), Cmd::Paint(7), Cmd::Wait(3), Cmd::Stop];
    let mut total = 0;
    for c in prog {
        total += cost(c);
        if is_move(c) {
            println!("move");
        }
    }
    let t: &str = total;
    println!("{}", t);
}
