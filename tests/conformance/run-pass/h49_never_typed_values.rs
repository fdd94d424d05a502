// `!`-typed expressions used where a value is expected.
use std::process;

#[derive(Debug, Clone, Copy)]
enum Mode {
    Fast,
    Safe,
    Legacy,
    Experimental,
}

fn die(msg: &str) -> ! {
    eprintln!("fatal: {msg}");
    process::exit(3)
}

fn threads(m: Mode) -> u8 {
    match m {
        Mode::Fast => 8,
        Mode::Safe => 1,
        Mode::Legacy => unreachable!("legacy mode was removed"),
        Mode::Experimental => todo!(),
    }
}

fn budget(m: Mode, level: u32) -> u64 {
    let base: u64 = if level < 10 { level as u64 * 50 } else { panic!("level {level} too high") };
    let extra = match m {
        Mode::Fast => base / 2,
        Mode::Safe => base,
        _ => die("unsupported mode"),
    };
    base + extra
}

fn spin_until(limit: u32) -> u32 {
    let mut n = 0;
    let reached: u32 = if limit == 0 {
        loop {
            n += 1;
            if n > 5 {
                return n;
            }
        }
    } else {
        limit * 2
    };
    reached + n
}

fn main() {
    println!("threads fast={} safe={}", threads(Mode::Fast), threads(Mode::Safe));
    println!("budget {}", budget(Mode::Fast, 4));
    println!("budget {}", budget(Mode::Safe, 9));
    println!("spin {} {}", spin_until(0), spin_until(4));
    let code: i32 = match budget(Mode::Safe, 1) {
        0 => process::exit(1),
        n if n > 1_000 => die("too big"),
        n => n as i32,
    };
    println!("code {code}");
    let _ = Mode::Legacy;
    let _ = Mode::Experimental;
}
