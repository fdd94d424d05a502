use std::fmt::Display;

const MAX_TEMP: i32 = 45;
const unused_const: i32 = 3;
static greeting: &str = "hi";

#[derive(Debug)]
struct Reading {
    station: u16,
    celsius: f32,
}

struct NeverBuilt {
    field: u8,
}

enum Level {
    Low,
    Mid,
    High,
}

fn classify(r: &Reading) -> Level {
    if r.celsius < 10.0 {
        Level::Low
    } else if r.celsius < 25 {
        Level::Mid
    } else {
        Level::High
    }
}

fn to_fahrenheit(c: f32) -> f32 {
    c * 9.0 / 5.0 + 32.0
}

fn helper_never_called(x: i32) -> i32 {
    x * 2
}

fn average(rs: &[Reading]) -> f32 {
    let mut sum = 0.0;
    let mut n = 0;
    for r in rs {
        sum += r.celsius;
        n += 1;
    }
    return sum / n as f32;
    println!("unreachable");
}

fn main() {
    let readings = [
        Reading { station: 1, celsius: 12.5 },
        Reading { station: 2, celsius: 30.0 },
    ];
    let avg = average(&readings);
    let mut label = "none";
    for r in &readings {
        let lvl = classify(r);
        if r.celsius > MAX_TEMP {
            println!("too hot at {}", r.station);
        }
    }
    let CamelVar = 3;
    println!("{} {}", avg, to_fahrenheit(avg));
}
