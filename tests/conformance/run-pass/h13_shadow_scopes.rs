// Config resolution with heavy shadowing, nested blocks, labelled loops and deferred initialisation.
mod config {
    pub(crate) const DEFAULT_PORT: u16 = 8080;
    pub(crate) static LEVELS: [&str; 4] = ["error", "warn", "info", "debug"];

    #[derive(Debug, Clone, Copy, PartialEq)]
    pub struct Settings {
        pub port: u16,
        pub level: usize,
        pub workers: u8,
        pub verbose: bool,
    }

    pub mod parse {
        use super::Settings;

        pub fn apply(base: Settings, key: &str, value: &str) -> Settings {
            let number = {
                let mut n = 0u32;
                for b in value.bytes() {
                    if !b.is_ascii_digit() {
                        n = u32::MAX;
                        break;
                    }
                    n = n.saturating_mul(10).saturating_add((b - b'0') as u32);
                }
                n
            };
            match key.as_bytes() {
                b"port" if number <= u16::MAX as u32 => Settings { port: number as u16, ..base },
                b"workers" => Settings { workers: number.min(64) as u8, ..base },
                [b'v', ..] => Settings { verbose: value == "yes", ..base },
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

fn main() {
    let lines = ["port=9000", "level=debug", "workers=200", "verbose=yes", "bogus", "port=70000", "level=trace"];
    let s = Settings { port: DEFAULT_PORT, level: 1, workers: 4, verbose: false };
    let mut s = s;
    for line in lines {
        let bytes = line.as_bytes();
        let split = 'find: {
            for (i, &b) in bytes.iter().enumerate() {
                if b == b'=' {
                    break 'find i;
                }
            }
            bytes.len()
        };
        if split == bytes.len() {
            println!("skip {line:?}");
            continue;
        }
        let (key, value) = (&line[..split], &line[split + 1..]);
        let before = s;
        s = apply(s, key, value);
        let changed = before != s;
        println!("{key:>8} = {value:<6} changed={changed}");
    }
    let s = s;
    let level;
    if s.level < config::LEVELS.len() {
        level = config::LEVELS[s.level];
    } else {
        level = "?";
    }
    println!("{:#?} level name {level}", s);
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
