// lints: unreachable_code
// Code placed after loops and arms that can never complete.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Cmd {
    Run(u32),
    Pause,
    Quit,
}

fn drive(cmds: &[Cmd]) -> u32 {
    let mut done = 0;
    let mut i = 0;
    loop {
        if i == cmds.len() {
            return done;
        }
        match cmds[i] {
            Cmd::Run(n) => done += n,
            Cmd::Pause => {
                i += 1;
                continue;
                println!("paused");
            }
            Cmd::Quit => return done,
        }
        i += 1;
    }
    println!("drive finished");
    done
}

fn wait_forever(ticks: &mut u32) -> u32 {
    'spin: loop {
        loop {
            *ticks += 1;
            if *ticks > 100 {
                return *ticks;
            }
            continue 'spin;
        }
        *ticks = 0;
    }
}

fn classify(n: i32) -> &'static str {
    let kind = if n > 0 {
        return "positive";
    } else if n < 0 {
        return "negative";
    } else {
        panic!("zero has no sign");
    };
    kind
}

fn main() {
    let cmds = [Cmd::Run(3), Cmd::Pause, Cmd::Run(4), Cmd::Quit];
    println!("{}", drive(&cmds));
    let mut t = 0;
    println!("{}", wait_forever(&mut t));
    println!("{}", classify(-3));
}
