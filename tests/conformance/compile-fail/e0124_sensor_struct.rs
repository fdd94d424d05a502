// A sensor record with two `timestamp` fields (the second was meant to be `received`).
#[derive(Clone, Copy)]
struct Reading {
    sensor: u16,
    timestamp: u64,
    value: f32,
    timestamp: u64,
}

fn latency(r: &Reading) -> u64 {
    r.timestamp
}

fn main() {
    let r = Reading { sensor: 7, timestamp: 1000, value: 3.5 };
    println!("{} {} {}", r.sensor, r.value, latency(&r));
}
