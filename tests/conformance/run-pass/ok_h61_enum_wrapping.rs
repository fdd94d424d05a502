// enums wrapping values correctly
#[derive(Debug, Clone, Copy, PartialEq)]
enum Reading {
    Celsius(f64),
    Fahrenheit(f64),
    Missing,
}

fn normalize(r: Reading) -> Reading {
    match r {
        Reading::Fahrenheit(f) => Reading::Celsius((f - 32.0) * 5.0 / 9.0),
        other => other,
    }
}

fn describe(r: Reading) -> &'static str {
    match r {
        Reading::Celsius(c) if c > 30.0 => "hot",
        Reading::Celsius(_) => "fine",
        Reading::Fahrenheit(_) => "unnormalized",
        Reading::Missing => "no data",
    }
}

fn main() {
    let rs = [Reading::Celsius(21.0), Reading::Fahrenheit(100.0), Reading::Missing];
    for r in rs {
        let n = normalize(r);
        println!("{:?} -> {:?}: {}", r, n, describe(n));
    }
}
