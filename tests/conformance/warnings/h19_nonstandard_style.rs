// lints: non_snake_case non_camel_case_types non_upper_case_globals
// A sensor table migrated from C: naming lints as a group at several levels.
#![warn(nonstandard_style)]

const max_sensors: usize = 4;
static defaultGain: f64 = 1.5;

struct sensor_reading {
    RawValue: i32,
    gain: f64,
}

enum sensor_kind {
    thermo_couple,
    Pressure,
}

fn ReadSensor(Index: usize) -> sensor_reading {
    let RawBase = Index as i32 * 10;
    sensor_reading { RawValue: RawBase, gain: defaultGain }
}

#[allow(nonstandard_style)]
mod legacy_api {
    pub const buffer_len: usize = 8;

    pub fn Init_Device(PortNumber: u16) -> u16 {
        PortNumber + 1
    }

    pub struct device_handle {
        pub Port: u16,
    }
}

#[deny(non_snake_case)]
fn apply_gain(reading: &sensor_reading) -> f64 {
    let ScaledValue = reading.RawValue as f64 * reading.gain;
    ScaledValue
}

fn describe(kind: &sensor_kind) -> &'static str {
    match kind {
        sensor_kind::thermo_couple => "thermo",
        sensor_kind::Pressure => "pressure",
    }
}

fn main() {
    let r = ReadSensor(2);
    println!("{}", apply_gain(&r));
    println!("{}", max_sensors);
    println!("{}", legacy_api::buffer_len);
    let h = legacy_api::device_handle { Port: legacy_api::Init_Device(80) };
    println!("{}", h.Port);
    let k = sensor_kind::Pressure;
    let t = sensor_kind::thermo_couple;
    println!("{} {}", describe(&k), describe(&t));
}
