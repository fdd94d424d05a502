// lints: unreachable_code
#[derive(Debug, Clone, Copy)]
enum Mode {
    Read,
    Write,
    Abort,
}

fn open(m: Mode) -> u8 {
    let flags = match m {
        Mode::Read => return 1,
        Mode::Write => return 2,
        Mode::Abort => panic!("aborted"),
    };
    println!("flags computed");
    flags
}

fn retry(limit: u32) -> u32 {
    let mut n = 0;
    loop {
        n += 1;
        if n >= limit {
            return n;
        }
    }
    println!("gave up");
}

fn pick(m: Mode) -> u8 {
    match m {
        Mode::Read => 0,
        _ => {
            return 9;
            println!("cleanup");
        }
    }
}

fn main() {
    println!("{} {} {}", open(Mode::Read), retry(3), pick(Mode::Write));
    let _ = Mode::Abort;
}
