// Summary turned into a tuple struct; literal and accesses not updated
#[derive(Debug, Clone, Copy, PartialEq)]
enum Status {
    Ok,
    Warn,
    Alarm,
}

#[derive(Debug, Clone, Copy)]
struct Reading {
    sensor_id: u8,
    celsius: f32,
    humidity: u8,
}

struct Thresholds {
    warn_temp: f32,
    alarm_temp: f32,
    max_humidity: u8,
}

const DEFAULT_LIMITS: Thresholds = Thresholds { warn_temp: 30.0, alarm_temp: 40.0, max_humidity: 85 };

fn classify(r: &Reading, limits: &Thresholds) -> Status {
    if r.celsius >= limits.alarm_temp {
        Status::Alarm
    } else if r.celsius >= limits.warn_temp || r.humidity > limits.max_humidity {
        Status::Warn
    } else {
        Status::Ok
    }
}

struct Summary(f32, f32, f32, u32);

fn summarize(readings: &[Reading], limits: &Thresholds) -> Summary {
    let mut min = f32::INFINITY;
    let mut max = f32::NEG_INFINITY;
    let mut total = 0.0;
    let mut alarms = 0;
    for r in readings {
        min = min.min(r.celsius);
        max = max.max(r.celsius);
        total += r.celsius;
        if classify(r, limits) == Status::Alarm {
            alarms += 1;
        }
    }
    Summary { min, max, mean: total / readings.len() as f32, alarms }
}

fn main() {
    let readings = [
        Reading { sensor_id: 1, celsius: 22.5, humidity: 40 },
        Reading { sensor_id: 2, celsius: 31.0, humidity: 55 },
        Reading { sensor_id: 3, celsius: 41.2, humidity: 20 },
        Reading { sensor_id: 4, celsius: 18.9, humidity: 90 },
    ];
    for r in readings.iter() {
        println!("sensor {} -> {:?}", r.sensor_id, classify(r, &DEFAULT_LIMITS));
    }
    let s = summarize(&readings, &DEFAULT_LIMITS);
    println!("min {:.1} max {:.1} mean {:.2} alarms {}", s.min, s.max, s.mean, s.alarms);
}
