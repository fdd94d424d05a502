// lints: overflowing_literals
use std::collections::HashMap;
use std::fmt;

const unused_limit: u32 = 10;
static Counter_Name: &str = "count";

#[derive(Debug)]
struct sensor_reading {
    id: u32,
    value: f64,
    note: u8,
}

enum mode {
    Fast,
    Slow,
    Off,
}

fn ProcessReading(r: &sensor_reading) -> f64 {
    let scale = 2.0;
    let mut offset = 1.0;
    let unused_tmp = r.id * 2;
    r.value * 2.0 + offset
}

fn never_used_helper() -> u32 {
    7
}

fn loop_forever_maybe(n: u32) -> u32 {
    let mut total = 0;
    while true {
        total += n;
        if total > 100 {
            break;
        }
    }
    total
}

fn pick(m: mode) -> u32 {
    match m {
        mode::Fast => 1,
        mode::Slow => 2,
        _ => 3,
        mode::Off => 4,
    }
}

fn main() {
    let r = sensor_reading { id: 1, value: 3.5, note: 0 };
    let v = ProcessReading(&r);
    let mut count = 0;
    count = 5;
    let x = (v + 1.0);
    println!("{}", x);
    println!("{}", loop_forever_maybe(7));
    println!("{}", pick(mode::Fast));
    let big: u8 = 300;
    let BadName = 1;
    println!("{}", big);
    return;
    println!("done");
}
