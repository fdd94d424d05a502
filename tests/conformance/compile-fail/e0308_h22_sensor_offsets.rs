// Sensor calibration with signed offsets stored in unsigned slots.
#[derive(Debug, Clone, Copy)]
struct Calibration {
    offset: u16,
    gain: u8,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Sensor {
    Temp,
    Pressure,
    Light,
}

fn default_for(s: Sensor) -> Calibration {
    match s {
        Sensor::Temp => Calibration { offset: -5i16, gain: 2 },
        Sensor::Pressure => Calibration { offset: 0, gain: 1 },
        Sensor::Light => Calibration { offset: 3, gain: -1i8 },
    }
}

fn label(s: Sensor) -> &'static str {
    let text = match s {
        Sensor::Temp => "temp",
        Sensor::Pressure => "pressure",
        Sensor::Light => 0,
    };
    text
}

fn apply(raw: u16, c: Calibration) -> u16 {
    let mut v: u32 = raw as u32;
    v = -1i64;
    v += c.offset as u32;
    (v * c.gain as u32) as u16
}

fn main() {
    let sensors = [Sensor::Temp, Sensor::Pressure, Sensor::Light];
    for s in sensors {
        let c = default_for(s);
        println!("{} {:?} {}", label(s), c, apply(100, c));
    }
    let (0, w) = (0, apply(7, default_for(Sensor::Temp)));
    println!("{}", w);
}
