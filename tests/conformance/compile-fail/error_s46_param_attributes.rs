// Attributes on function parameters: only lint and cfg attributes are allowed.
struct Meter {
    total: u64,
    samples: u32,
}

impl Meter {
    fn new() -> Meter {
        Meter { total: 0, samples: 0 }
    }

    fn record(&mut self, /// the reading, in millivolts
              value: u64) {
        self.total += value;
        self.samples += 1;
    }

    fn average(&self, #[inline] fallback: u64) -> u64 {
        if self.samples == 0 {
            return fallback;
        }
        self.total / self.samples as u64
    }
}

fn scale(#[allow(unused_variables)] unit: u32, #[cfg(all())] factor: u64, /** the raw value */ raw: u64) -> u64 {
    raw * factor
}

fn clamp(#[deny(unused_mut)] low: u64, #[rustfmt::skip] high: u64, value: u64) -> u64 {
    value.max(low).min(high)
}

fn main() {
    let mut meter = Meter::new();
    for reading in [120u64, 340, 560] {
        meter.record(scale(1, 3, reading));
    }
    println!("{}", clamp(10, 1000, meter.average(0)));
}
