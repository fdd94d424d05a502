// Config resolution with heavy shadowing, nested blocks, labelled loops and deferred initialisation.
mod config {
    pub(crate) const DEFAULT_PORT: u16 = 8080;
    pub(crate) static LEVELS: [&[u8]; 4] = [b"error", b"warn", b"info", b"debug"];

    #[derive(Debug, Clone, Copy, PartialEq)]
    pub struct Settings {
        pub port: u16,
        pub level: usize,
        pub workers: u8,
        pub verbose: bool,
    }

    pub mod parse {
        use super::Settings;

        pub fn apply(base: Settings, key: &[u8], value: &[u8]) -> Settings {
            let number = {
                let mut n = 0u32;
                for &b in value {
                    if !b.is_ascii_digit() {
                        n = u32::MAX;
                        break;
                    }
                    n = n.saturating_mul(10).saturating_add((b - b'0') as u32);
                }
                n
            };
            match key {
                b"port" if number <= u16::MAX as u32 => Settings { port: number as u16, ..base },
                b"workers" => Settings { workers: number.min(64) as u8, ..base },
                [b'v', ..] => {
                    let verbose = match value {
                        b"yes" | b"on" => true,
                        _ => false,
                    };
                    Settings { verbose, ..base }
                }
                b"level" => {
                    let mut found = base.level;
                    for (i, name) in super::LEVELS.iter().enumerate() {
                        if *name == value {
                            found = i;
                        }
                    }
                    Settings { level: found, ..base }
                }
                _ => base,
            }
        }
    }
}

use config::{parse::apply, Settings, DEFAULT_PORT};

// Prints ASCII bytes padded to `width`, on the left when `right` is set.
fn show(bytes: &[u8], width: usize, right: bool) {
    let pad = width.saturating_sub(bytes.len());
    if right {
        for _ in 0..pad {
            print!(" ");
        }
    }
    for &b in bytes {
        print!("{}", b as char);
    }
    if !right {
        for _ in 0..pad {
            print!(" ");
        }
    }
}

fn main() {
    let lines: [&[u8]; 7] = [b"port=9000", b"level=debug", b"workers=200", b"verbose=yes", b"bogus", b"port=70000", b"level=trace"];
    let s = Settings { port: DEFAULT_PORT, level: 1, workers: 4, verbose: false };
    let mut s = s;
    for line in lines {
        let bytes = line;
        let split = 'find: {
            for (i, &b) in bytes.iter().enumerate() {
                if b == b'=' {
                    break 'find i;
                }
            }
            bytes.len()
        };
        if split == bytes.len() {
            print!("skip \"");
            show(line, 0, false);
            println!("\"");
            continue;
        }
        let (key, value) = (&line[..split], &line[split + 1..]);
        let before = s;
        s = apply(s, key, value);
        let changed = before != s;
        show(key, 8, true);
        print!(" = ");
        show(value, 6, false);
        println!(" changed={changed}");
    }
    let s = s;
    let level: &[u8];
    if s.level < config::LEVELS.len() {
        level = config::LEVELS[s.level];
    } else {
        level = b"?";
    }
    print!("{:#?} level name ", s);
    show(level, 0, false);
    println!();
    println!("listen on {} with {} workers, verbose={}", s.port, s.workers, s.verbose);
    let x = 5;
    let x = {
        let x = x * 2;
        let y = {
            let x = x + 1;
            x * x
        };
        x + y
    };
    let x = if x > 100 { x as i64 - 200 } else { x as i64 };
    let mut total = 0;
    'outer: for i in (1..=x.abs()).rev().step_by(7) {
        let i = i as i32;
        for j in 0..i {
            if j * i > 150 {
                continue 'outer;
            }
            if i + j == 13 {
                break 'outer;
            }
            total += j;
        }
    }
    println!("x={x} total={total}");
}
