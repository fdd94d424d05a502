// Unit-typed arms mixed with `return`, `continue` and `break` in statement matches.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Ev {
    Key(char),
    Click(i32, i32),
    Tick,
    Exit,
}

fn handle(evs: &[Ev]) -> u32 {
    let mut score = 0;
    for (i, e) in evs.iter().enumerate() {
        match *e {
            Ev::Key('q') => return score + 1000,
            Ev::Key(c) if c.is_ascii_digit() => score += c as u32 - '0' as u32,
            Ev::Key(_) => {}
            Ev::Click(x, y) => {
                if x < 0 || y < 0 {
                    continue;
                }
                score += (x + y) as u32;
            }
            Ev::Tick => println!("  tick at {i}"),
            Ev::Exit => break,
        }
        if score > 500 {
            println!("  score cap reached");
            break;
        }
    }
    score
}

fn log_kind(e: Ev) {
    if let Ev::Tick = e {
        return;
    }
    match e {
        Ev::Exit => println!("exit"),
        other => if let Ev::Click(..) = other { println!("click") } else { println!("key") },
    }
}

fn main() {
    let a = [Ev::Key('4'), Ev::Tick, Ev::Click(3, 4), Ev::Click(-1, 9), Ev::Key('x'), Ev::Exit, Ev::Key('9')];
    println!("a -> {}", handle(&a));
    let b = [Ev::Key('7'), Ev::Key('q'), Ev::Tick];
    println!("b -> {}", handle(&b));
    let c = [Ev::Click(300, 300), Ev::Key('1')];
    println!("c -> {}", handle(&c));
    for e in [Ev::Tick, Ev::Exit, Ev::Click(0, 0), Ev::Key('z')] {
        log_kind(e);
    }
}
