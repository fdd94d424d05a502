// lints: non_snake_case non_camel_case_types non_upper_case_globals
// Code ported from another language keeps its naming style.
struct sensor_reading {
    sensorId: u32,
    value: f64,
}

enum alarm_level {
    Low,
    High,
}

const maxSensors: usize = 4;
static defaultThreshold: f64 = 50.0;

fn ComputeAverage(readings: &[sensor_reading]) -> f64 {
    let mut Total = 0.0;
    for r in readings {
        Total += r.value;
    }
    Total / readings.len() as f64
}

fn level(v: f64) -> alarm_level {
    if v > defaultThreshold { alarm_level::High } else { alarm_level::Low }
}

fn main() {
    let readings = [
        sensor_reading { sensorId: 1, value: 48.5 },
        sensor_reading { sensorId: 2, value: 61.0 },
    ];
    let avg = ComputeAverage(&readings);
    for r in &readings {
        match level(r.value) {
            alarm_level::Low => println!("{} ok", r.sensorId),
            alarm_level::High => println!("{} ALARM", r.sensorId),
        }
    }
    println!("avg {} of max {}", avg, maxSensors);
}
