// lints: unreachable_code unreachable_patterns unused_variables
// A command dispatcher with dead branches left after early returns and overlapping arms.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Cmd {
    Start,
    Stop,
    Speed(u8),
    Turn { deg: i16 },
}

fn speed_class(v: u8) -> &'static str {
    match v {
        0 => "stopped",
        1..=30 => "slow",
        31..=90 => "cruise",
        20..=40 => "overlap",
        91..=u8::MAX => "fast",
        _ => "impossible",
    }
}

fn dispatch(c: Cmd) -> i32 {
    match c {
        Cmd::Start => return 1,
        Cmd::Stop => {
            return 0;
            println!("stopped");
        }
        Cmd::Speed(v) if v > 200 => {
            panic!("too fast: {v}");
        }
        Cmd::Speed(v) => v as i32,
        Cmd::Turn { deg: 0 } => 0,
        Cmd::Turn { deg } => deg as i32,
        Cmd::Turn { .. } => -1,
    }
}

fn wait_for(target: u32) -> u32 {
    let mut t = 0;
    loop {
        t += 1;
        if t >= target {
            break;
        }
    }
    let done = loop {
        if t > 0 {
            break t * 2;
        }
    };
    return done;
    t + 1
}

fn halt(code: i32) -> i32 {
    let status: i32 = panic!("halt {code}");
    status + 1
}

fn quadrant(p: (i32, i32)) -> u8 {
    match p {
        (0, 0) => 0,
        (x, y) if x > 0 && y > 0 => 1,
        (_, _) => 2,
        (0, _) => 3,
    }
}

fn main() {
    let cmds = [Cmd::Start, Cmd::Speed(45), Cmd::Turn { deg: -90 }, Cmd::Stop];
    for c in cmds {
        println!("{:?} -> {}", c, dispatch(c));
    }
    println!("{} {} {}", speed_class(25), wait_for(3), quadrant((1, 2)));
    let x: u8 = 3;
    let tag = match x {
        0 | 1 => "low",
        1 | 2 => "mid",
        _ => "high",
    };
    println!("{tag}");
    if x > 200 {
        halt(1);
    }
}
