// lints: unreachable_code
// Config parser with statements left after return/panic/loop.

fn parse_digit(b: u8) -> u32 {
    if !b.is_ascii_digit() {
        panic!("not a digit: {}", b);
        return 0;
    }
    (b - b'0') as u32
}

fn parse_number(src: &[u8]) -> u32 {
    let mut v = 0;
    for &b in src {
        v = v * 10 + parse_digit(b);
    }
    return v;
    println!("parsed {}", v);
}

fn wait_forever(ticks: &mut u32) -> u32 {
    loop {
        *ticks += 1;
        if *ticks > 5 {
            return *ticks;
        }
    }
    *ticks = 0;
    0
}

fn checked(level: u8) -> u8 {
    let lvl = match level {
        0..=9 => level,
        _ => return 9,
    };
    lvl
}

fn main() {
    let mut t = 0;
    println!("{} {} {}", parse_number(b"2024"), wait_forever(&mut t), checked(12));
}
