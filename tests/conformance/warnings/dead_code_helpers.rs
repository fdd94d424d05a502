// lints: dead_code
// A geometry module with helpers, a constant, a field and a variant that nothing uses.
#[derive(Debug, Clone, Copy)]
enum Unit {
    Meters,
    Feet,
    Furlongs,
}

struct Measurement {
    value: f64,
    unit: Unit,
    note: &'static str,
}

const CONVERSION_TABLE_VERSION: u32 = 2;

fn to_meters(m: &Measurement) -> f64 {
    match m.unit {
        Unit::Meters => m.value,
        Unit::Feet => m.value * 0.3048,
        Unit::Furlongs => m.value * 201.168,
    }
}

fn to_feet(m: &Measurement) -> f64 {
    to_meters(m) / 0.3048
}

impl Measurement {
    fn double(&self) -> Measurement {
        Measurement { value: self.value * 2.0, unit: self.unit, note: self.note }
    }
}

fn main() {
    let m = Measurement { value: 10.0, unit: Unit::Feet, note: "hallway" };
    let n = Measurement { value: 3.0, unit: Unit::Meters, note: "door" };
    println!("{} {}", to_meters(&m), to_meters(&n));
}
