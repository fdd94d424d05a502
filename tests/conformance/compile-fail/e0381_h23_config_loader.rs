// Reading a configuration with deferred initialisation of locals.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Mode {
    Fast,
    Safe,
}

struct Config {
    mode: Mode,
    retries: u8,
    verbose: bool,
}

fn parse_flag(flag: u8) -> Config {
    let mode;
    let retries: u8;
    let verbose;
    match flag {
        0 => {
            mode = Mode::Fast;
            retries = 1;
        }
        1 => {
            mode = Mode::Safe;
            retries = 5;
            verbose = true;
        }
        _ => {
            mode = Mode::Safe;
        }
    }
    Config { mode, retries, verbose }
}

fn scan(levels: &[u8]) -> u8 {
    let best: u8;
    for &l in levels {
        if l > 3 {
            best = l;
            break;
        }
    }
    best
}

fn main() {
    let c = parse_flag(1);
    println!("{:?} {} {}", c.mode, c.retries, c.verbose);
    let limit: u32;
    let mut attempts = 0;
    loop {
        attempts += 1;
        if attempts > 3 {
            break;
        }
    }
    println!("{}", limit + attempts);
    let cfg: Config;
    let ok = scan(&[1, 5, 2]) > 0;
    if ok {
        cfg = Config { mode: Mode::Fast, retries: 0, verbose: false };
    }
    println!("{}", cfg.retries);
    let pair: (u8, u8);
    println!("{}", pair.0);
}
