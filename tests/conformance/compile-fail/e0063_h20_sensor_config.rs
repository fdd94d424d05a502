// Sensor setup: a config literal forgets several fields at once, a nested one forgets one.
#[derive(Debug, Clone, Copy)]
struct Range {
    low: i32,
    high: i32,
}

#[derive(Debug)]
struct SensorConfig {
    name: &'static str,
    id: u32,
    range: Range,
    sample_rate_hz: u32,
    enabled: bool,
}

impl SensorConfig {
    fn describe(&self) -> u32 {
        if self.enabled {
            self.id * 1000 + self.sample_rate_hz
        } else {
            0
        }
    }
}

fn default_range() -> Range {
    Range { low: -40, high: 125 }
}

fn build_thermometer(id: u32) -> SensorConfig {
    // Forgets `range`, `sample_rate_hz` and `enabled`.
    SensorConfig {
        name: "thermo",
        id,
    }
}

fn build_hygrometer(id: u32) -> SensorConfig {
    SensorConfig {
        name: "hygro",
        id,
        range: Range { low: 0 },
        sample_rate_hz: 10,
        enabled: true,
    }
}

fn main() {
    let a = build_thermometer(1);
    let b = build_hygrometer(2);
    let r = default_range();
    println!("{} {} {}", a.describe(), b.describe(), r.high - r.low);
}
