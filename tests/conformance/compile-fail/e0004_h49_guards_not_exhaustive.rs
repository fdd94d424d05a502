// Match guards never count towards exhaustiveness.
#[derive(Debug, Clone, Copy)]
enum Reading {
    Temp(i32),
    Humidity(u8),
    Offline,
}

fn alert(r: Reading) -> &'static str {
    match r {
        Reading::Temp(t) if t > 40 => "heat",
        Reading::Temp(t) if t <= 40 => "normal",
        Reading::Humidity(h) if h > 90 => "damp",
        Reading::Humidity(_) => "ok",
        Reading::Offline => "offline",
    }
}

fn bucket(n: u8) -> u8 {
    match n {
        0..=9 => 0,
        10..=99 if n % 10 == 0 => 1,
        10..=99 => 2,
        x if x >= 100 => 3,
    }
}

fn main() {
    for r in [Reading::Temp(45), Reading::Humidity(95), Reading::Offline] {
        println!("{:?} -> {} {}", r, alert(r), bucket(42));
    }
}
