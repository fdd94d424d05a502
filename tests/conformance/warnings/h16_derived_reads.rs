// lints: dead_code
// A thermostat's settings: compared and hashed through derives, printed through Debug.
#[derive(Clone, Copy, PartialEq)]
struct Setpoint {
    celsius: u8,
    hysteresis: u8,
}

#[derive(Debug, Clone)]
struct Reading {
    sensor: u8,
    raw: u16,
    calibrated: u16,
}

#[derive(Hash)]
struct ZoneKey {
    building: u16,
    floor: u8,
}

#[derive(PartialEq, Debug)]
enum Mode {
    Heat(u8),
    Cool { target: u8 },
    Off,
}

#[derive(Debug)]
enum Fault {
    Sensor(u8),
    Wiring(u16, u16),
    Unknown,
}

struct Schedule {
    start: u8,
    #[allow(dead_code)]
    label: &'static str,
    end: u8,
    repeat: bool,
}

fn main() {
    let day = Setpoint { celsius: 21, hysteresis: 1 };
    let night = Setpoint { celsius: 17, ..day };
    println!("{} {}", night.celsius, day == night);
    let r = Reading { sensor: 3, raw: 512, calibrated: 498 };
    println!("{} {:?}", r.sensor, r.clone());
    let zone = ZoneKey { building: 4, floor: 2 };
    println!("zone {}", zone.building);
    let mode = Mode::Heat(22);
    let _cool = Mode::Cool { target: 19 };
    println!("{}", mode == Mode::Off);
    let fault = Fault::Wiring(1, 2);
    match fault {
        Fault::Sensor(_) => println!("sensor"),
        Fault::Wiring(_, b) => println!("wiring {}", b),
        Fault::Unknown => println!("unknown"),
    }
    let s = Schedule { start: 6, label: "morning", end: 9, repeat: true };
    println!("{}", s.start);
}
