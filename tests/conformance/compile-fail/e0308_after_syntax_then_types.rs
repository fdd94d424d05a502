// A missing `;` the parser recovers from: rustc still type-checks the crate,
// so the mismatched types below are reported too, and the lints of the other
// function still run.
struct Reading {
    sensor: u32,
    value: i64,
}

fn average(readings: &[Reading]) -> i64 {
    let mut total = 0;
    let spare = 7;
    for r in readings {
        total += r.value;
    }
    total / readings.len() as i64
}

fn main() {
    let readings = [Reading { sensor: 1, value: 20 }, Reading { sensor: 2, value: 24 }]
    let label: u32 = "average";
    let mean = average(&readings);
    println!("{} {} {}", label, mean, readings[0].sensor);
}
