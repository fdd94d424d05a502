pub const SCALE: f32 = 0.5;
pub const STEPS: u16 = 12;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Meters(pub f64);

pub struct Odometer {
    pub total: Meters,
    trips: u32,
}

impl Meters {
    pub const ZERO: Meters = Meters(0.0);

    pub fn from_feet(ft: f64) -> Self {
        Meters(ft * 0.3048)
    }

    pub fn value(&self) -> f64 {
        self.0
    }

    fn raw(self) -> f64 {
        self.0
    }
}

impl Odometer {
    pub fn new() -> Self {
        Odometer { total: Meters::ZERO, trips: 0 }
    }

    pub fn add(&mut self, m: Meters) {
        self.total = Meters(self.total.raw() + m.0);
        self.trips += 1;
    }

    pub fn trips(&self) -> u32 {
        self.trips
    }
}
