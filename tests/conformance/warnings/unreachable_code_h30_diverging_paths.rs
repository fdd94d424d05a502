// lints: unreachable_code unused_variables
// A boot loader state machine: code after diverging expressions is unreachable.

#[derive(Debug, Clone, Copy, PartialEq)]
enum Stage {
    PowerOn,
    Checksum,
    Jump,
    Halt,
}

fn halt(code: i32) -> ! {
    println!("halt {}", code);
    std::process::exit(code)
}

fn next(s: Stage, ok: bool) -> Stage {
    match s {
        Stage::PowerOn => Stage::Checksum,
        Stage::Checksum => {
            if !ok {
                return Stage::Halt;
                println!("checksum failed");
            }
            Stage::Jump
        }
        Stage::Jump => {
            let target = 0x8000;
            if ok {
                return Stage::Halt;
            }
            panic!("bad jump");
            println!("jumped to {}", target);
        }
        Stage::Halt => Stage::Halt,
    }
}

fn watchdog(ticks: u32) -> u32 {
    let mut n = 0;
    loop {
        n += 1;
        if n == ticks {
            break;
        }
    }
    let limit = loop {
        if n > 3 {
            break n * 2;
        }
        n += 1;
    };
    limit
}

fn spin_forever() -> u32 {
    let mut spins = 0u32;
    loop {
        spins = spins.wrapping_add(1);
    }
    spins
}

fn classify(s: Stage) -> u8 {
    let code = match s {
        Stage::Halt => halt(3),
        _ => 1,
    };
    let weight: u8 = match s {
        Stage::PowerOn => return 0,
        _ => unreachable!(),
    };
    code + weight
}

fn main() {
    let mut s = Stage::PowerOn;
    while s != Stage::Halt {
        s = next(s, true);
        println!("{:?}", s);
    }
    println!("{}", watchdog(5));
    println!("{}", classify(Stage::PowerOn));
    if s == Stage::Jump {
        println!("{}", spin_forever());
    }
}
