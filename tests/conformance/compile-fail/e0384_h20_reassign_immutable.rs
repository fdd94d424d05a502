// Running totals: immutable bindings assigned twice, including a parameter and
// a binding from a pattern.
#[derive(Debug, Clone, Copy)]
struct Reading {
    sensor: u8,
    value: i32,
}

fn smooth(previous: i32, current: i32) -> i32 {
    if current > previous + 10 {
        current = previous + 10;
    }
    current
}

fn summarize(readings: &[Reading]) -> (i32, i32) {
    let total;
    let max = i32::MIN;
    total = readings.len() as i32;
    let mut best = max;
    for r in readings {
        best = best.max(r.value);
    }
    max = best;
    (total, max)
}

fn main() {
    let readings = [
        Reading { sensor: 1, value: 10 },
        Reading { sensor: 2, value: 35 },
        Reading { sensor: 1, value: 12 },
    ];
    let (count, peak) = summarize(&readings);
    let Reading { sensor, value } = readings[1];
    value = smooth(readings[0].value, value);
    println!("{} {} {} {}", count, peak, sensor, value);
}
