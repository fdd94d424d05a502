// Items declared inside function bodies, shadowing, aliases and associated consts used in patterns.
type Score = i32;

struct Level;

impl Level {
    const EASY: u8 = 1;
    const HARD: u8 = 3;
}

fn rate(level: u8) -> &'static str {
    match level {
        Level::EASY => "easy",
        2 => "normal",
        Level::HARD => "hard",
        _ => "custom",
    }
}

fn tally(values: &[Score]) -> Score {
    let total = helper(values);
    return total * SCALE;

    const SCALE: Score = 2;

    fn helper(v: &[Score]) -> Score {
        let mut s = 0;
        for x in v {
            s += x;
        }
        s
    }
}

fn shadowing() -> (u8, f32, bool) {
    let x = 5u8;
    let y = {
        let x = x as f32 * 1.5;
        x + 0.25
    };
    let z = {
        #[derive(Debug, PartialEq)]
        enum Local {
            A,
            B,
        }
        let pick = if y > 7.0 { Local::A } else { Local::B };
        pick == Local::A
    };
    (x, y, z)
}

mod stats {
    pub mod inner {
        pub fn mean(v: &[i32]) -> f64 {
            let sum: i32 = super::super::tally(v) / 2;
            sum as f64 / v.len() as f64
        }
    }
    pub use self::inner::mean as average;
}

fn main() {
    for l in 0..5u8 {
        print!("{} ", rate(l));
    }
    println!();
    let data = [3, -1, 4, 1, -5, 9];
    println!("{} {:.3}", tally(&data), stats::average(&data));
    let (a, b, c) = shadowing();
    println!("{a} {b} {c}");
    let grid = [[1u8; 3]; 2];
    let mut total = 0u32;
    let mut rows = &grid[..];
    while let [first, rest @ ..] = rows {
        for v in first.iter() {
            total += *v as u32;
        }
        rows = rest;
    }
    let label = 'done: {
        if total > 5 {
            break 'done "many";
        }
        "few"
    };
    println!("{total} {label} {:>5}|{:<5}|{:^5}|", total, label, 'x');
    let Some3(n) = Some3(3);
    println!("{}", n);
}

struct Some3(u8);
