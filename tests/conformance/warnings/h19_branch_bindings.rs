// lints: unused_variables unused_assignments
// Bindings in match arms, while let, let-else and if-let that are never used.
#[derive(Debug, Clone, Copy)]
enum Cmd {
    Move { dx: i32, dy: i32 },
    Say(u8),
    Wait(u32),
    Quit,
}

fn apply(cmd: Cmd, pos: (i32, i32)) -> (i32, i32) {
    match cmd {
        Cmd::Move { dx, dy } => (pos.0 + dx, pos.1),
        Cmd::Say(ch) => pos,
        Cmd::Wait(n) if n > 10 => (0, 0),
        Cmd::Wait(n) => pos,
        Cmd::Quit => pos,
    }
}

fn first_say(cmds: &[Cmd]) -> u8 {
    let [Cmd::Say(c), rest @ ..] = cmds else {
        return 0;
    };
    *c
}

fn drain(stack: &mut [u32; 4], mut top: usize) -> u32 {
    let mut sum = 0;
    while let 1..=4 = top {
        let value = stack[top - 1];
        top -= 1;
    }
    sum = 10;
    sum
}

fn classify(pair: (i32, i32)) -> &'static str {
    if let (x, 0) = pair {
        "axis"
    } else if let (a, b) = pair {
        "plane"
    } else {
        "none"
    }
}

fn decode(code: u32) -> u32 {
    let mut result;
    match code {
        0 => result = 1,
        1..=9 => {
            result = 2;
            result = code * 2;
        }
        other => result = 3,
    }
    result
}

fn main() {
    println!("{:?}", apply(Cmd::Move { dx: 1, dy: 2 }, (0, 0)));
    println!("{:?}", apply(Cmd::Say(3), (0, 0)));
    println!("{:?}", apply(Cmd::Wait(4), (0, 0)));
    println!("{:?}", apply(Cmd::Quit, (0, 0)));
    println!("{}", first_say(&[Cmd::Say(1)]));
    let mut st = [1, 2, 3, 4];
    println!("{}", drain(&mut st, 4));
    println!("{}", classify((1, 0)));
    println!("{}", decode(5));
}
