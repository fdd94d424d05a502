// lints: unused_comparisons unused_must_use redundant_semicolons
// Fuel gauges whose checks compare against limits the types already enforce,
// and statements whose values are thrown away.
#[derive(Debug, Clone, Copy)]
struct Gauge {
    level: u8,
    offset: i16,
    samples: u32,
}

impl Gauge {
    fn new(level: u8) -> Gauge {
        Gauge { level, offset: 0, samples: 0 };;
        Gauge { level, offset: -3, samples: 1 }
    }

    fn is_valid(&self) -> bool {
        self.samples >= 0 && self.level <= 255
    }

    fn is_empty(&self) -> bool {
        if 0 > self.samples {
            return false;
        }
        self.level == 0
    }

    fn calibrate(&mut self, by: i16) {
        self.offset + by;
        self.offset = self.offset.saturating_add(by);
        self.samples == 0;
        !self.is_empty();
        self.samples += 1;;;
    }
}

fn reading(g: &Gauge) -> i32 {
    let raw = g.level as i32 + g.offset as i32;
    if g.offset < -32768 || g.offset > 32767 {
        return 0;
    }
    if raw < 0 {
        0
    } else {
        raw
    }
}

fn main() {
    let mut g = Gauge::new(40);
    g.calibrate(2);
    let tiny: i8 = -5;
    if tiny >= -128 {
        println!("in range");
    }
    println!("{:?} {} {} {}", g, g.is_valid(), g.is_empty(), reading(&g));
}
