// Comparing configuration values whose types do not derive PartialEq.
#[derive(Debug, Clone, Copy)]
enum Mode {
    Eco,
    Normal,
    Boost,
}

#[derive(Debug, Clone, Copy)]
struct Config {
    mode: Mode,
    fan_pct: u8,
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Limits {
    max_fan: u8,
}

fn pick(temp: i32) -> Config {
    if temp > 70 {
        Config { mode: Mode::Boost, fan_pct: 100 }
    } else if temp > 40 {
        Config { mode: Mode::Normal, fan_pct: 60 }
    } else {
        Config { mode: Mode::Eco, fan_pct: 20 }
    }
}

fn main() {
    let limits = Limits { max_fan: 90 };
    let a = pick(80);
    let b = pick(50);
    assert_eq!(limits, Limits { max_fan: 90 });
    assert_eq!(a, b);
    assert_ne!(a.mode, b.mode, "modes should differ");
    if a.mode == Mode::Boost && a.fan_pct > limits.max_fan {
        println!("fan capped at {}", limits.max_fan);
    }
    let same = a < b;
    println!("{:?} {:?} {}", a, b, same);
}
