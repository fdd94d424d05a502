// Sensor snapshots: a derived Debug whose field type has no Debug, and {:?} on plain structs.
struct Calibration {
    offset: i16,
    gain: f32,
}

#[derive(Debug)]
struct Snapshot {
    channel: u8,
    raw: i32,
    calib: Calibration,
}

#[derive(Clone, Copy, PartialEq)]
enum Health {
    Good,
    Drifting(i16),
}

fn classify(s: &Snapshot) -> Health {
    let adjusted = s.raw + s.calib.offset as i32;
    if adjusted.abs() > 5000 {
        Health::Drifting(s.calib.offset)
    } else {
        Health::Good
    }
}

fn scaled(s: &Snapshot) -> f32 {
    s.raw as f32 * s.calib.gain
}

fn main() {
    let snap = Snapshot { channel: 3, raw: 4800, calib: Calibration { offset: 300, gain: 0.5 } };
    println!("{:?}", snap);
    println!("channel {} scaled {:.2}", snap.channel, scaled(&snap));
    let health = classify(&snap);
    println!("health {:?}", health);
    println!("calibration {:#?}", snap.calib);
    assert_eq!(health, Health::Good);
    if health != Health::Good {
        panic!("channel {} is {:?}", snap.channel, health);
    }
}
