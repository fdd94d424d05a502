// lints: unused_assignments unused_variables unused_mut
// A line parser with state variables that are overwritten or never read.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Mode {
    Key,
    Value,
}

struct Stats {
    lines: u32,
    errors: u32,
}

fn parse_line(line: &[u8], stats: &mut Stats) -> (usize, usize) {
    let mut mode = Mode::Key;
    let mut key_len = 0;
    let mut value_len = 0;
    let mut last = 0u8;
    for &b in line {
        last = b;
        match mode {
            Mode::Key if b == b'=' => mode = Mode::Value,
            Mode::Key => key_len += 1,
            Mode::Value => value_len += 1,
        }
    }
    stats.lines += 1;
    let mut errors = stats.errors;
    if mode == Mode::Key {
        errors += 1;
    }
    (key_len, value_len)
}

fn overwritten(flag: bool) -> u32 {
    let mut code = 10;
    code = 20;
    if flag {
        code = 30;
    } else {
        code = 40;
    }
    code
}

fn param_reassigned(mut limit: u32, unused_param: u8) -> u32 {
    limit = 5;
    let (a, mut b) = (1, 2);
    let c @ 3..=9 = 4 else { return 0 };
    b = a;
    limit
}

fn tail_write(s: &mut Stats) {
    let mut local = Stats { lines: 0, errors: 0 };
    local.lines = 3;
    let mut count = 0;
    while count < 3 {
        count += 1;
    }
    count = 100;
    s.errors = 1;
}

fn shadow_read() -> u32 {
    let x = 1;
    let x = x + 1;
    let mut y = x;
    y += 1;
    x
}

fn main() {
    let mut s = Stats { lines: 0, errors: 0 };
    let mut seed = 7;
    let (k, v) = parse_line(b"name=value", &mut s);
    tail_write(&mut s);
    println!("{} {} {} {} {}", k, v, s.lines, s.errors, seed);
    println!("{} {} {}", overwritten(true), param_reassigned(1, 2), shadow_read());
}
