// A temperature sensor type whose impl is split over modules; two blocks define the same items.
#[derive(Debug, Clone, Copy)]
pub struct Sensor {
    raw: u16,
    offset: i16,
}

impl Sensor {
    pub const RESOLUTION: f32 = 0.0625;

    pub fn new(raw: u16) -> Sensor {
        Sensor { raw, offset: 0 }
    }

    pub fn celsius(&self) -> f32 {
        (self.raw as i32 + self.offset as i32) as f32 / 16.0
    }
}

mod calibration {
    use super::Sensor;

    impl Sensor {
        pub fn calibrate(&mut self, delta: i16) {
            self.offset = self.offset.saturating_add(delta);
        }

        pub const RESOLUTION: f32 = 0.125;
    }
}

mod display {
    use super::Sensor;

    impl Sensor {
        pub fn new(raw: u16) -> Sensor {
            Sensor { raw: raw.min(4095), offset: 0 }
        }

        pub fn tenths(&self) -> i32 {
            (self.celsius() * 10.0) as i32
        }
    }
}

fn main() {
    let mut s = Sensor { raw: 400, offset: 0 };
    s.calibrate(-16);
    println!("{} {}", s.celsius(), s.tenths());
    s.reset();
}
