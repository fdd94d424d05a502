// Robot command dispatcher using `|` alternatives and `@` bindings.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Cmd {
    Forward(u16),
    Back(u16),
    Turn(i16),
    Stop,
    Beep,
}

fn distance(c: Cmd) -> u16 {
    match c {
        Cmd::Forward(d) | Cmd::Back(d) => d,
        Cmd::Turn(_) | Cmd::Stop | Cmd::Beep => 0,
    }
}

fn speed_class(c: Cmd) -> u8 {
    match c {
        Cmd::Forward(d @ 0..=10) | Cmd::Back(d @ 0..=10) => d as u8,
        Cmd::Forward(n) | Cmd::Turn(_) => 50,
        _ => 100,
    }
}

fn merge(a: Cmd, b: Cmd) -> (u16, u16) {
    match (a, b) {
        (Cmd::Forward(x), Cmd::Forward(x)) => (x, x),
        (Cmd::Back(x), Cmd::Stop) | (Cmd::Stop, Cmd::Back(y)) => (x, 0),
        _ => (0, 0),
    }
}

fn main() {
    let plan = [Cmd::Forward(5), Cmd::Turn(90), Cmd::Back(20), Cmd::Stop];
    let mut total = 0;
    for c in plan {
        total += distance(c);
        println!("{:?} class {}", c, speed_class(c));
    }
    println!("total {} {:?}", total, merge(plan[0], plan[2]));
}
