// lints: unused_variables dead_code unused_mut unused_assignments
// A crate that turns every warning into an error, with a few local escapes.
#![deny(warnings)]

struct Meter {
    reading: u32,
    calibrated: bool,
}

impl Meter {
    fn new(reading: u32) -> Meter {
        Meter { reading, calibrated: false }
    }

    fn scaled(&self, factor: u32) -> u32 {
        let offset = 3;
        self.reading * factor
    }

    fn reset(&mut self) {
        self.reading = 0;
    }
}

#[warn(unused_variables)]
fn summarize(values: &[u32]) -> u32 {
    let count = values.len();
    let mut total = 0;
    for v in values {
        total += v;
    }
    total
}

#[allow(warnings)]
fn legacy_checksum(data: &[u8]) -> u8 {
    let mut acc = 0u8;
    let unused_seed = 17;
    for b in data {
        acc = acc.wrapping_add(*b);
    }
    acc
}

fn pick(level: u32) -> &'static str {
    let mut label = "low";
    label = if level > 10 { "high" } else { "mid" };
    let mut spare = 1;
    label
}

fn main() {
    let meter = Meter::new(12);
    println!("{}", meter.scaled(2));
    println!("{}", summarize(&[1, 2, 3]));
    println!("{}", legacy_checksum(&[4, 5]));
    println!("{}", pick(12));
}
