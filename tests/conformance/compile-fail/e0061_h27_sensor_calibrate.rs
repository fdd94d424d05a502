// Sensor calibration: associated functions called via Self:: and Type::.
#[derive(Debug, Clone, Copy)]
struct Sensor {
    id: u8,
    offset: i32,
    gain: f32,
}

impl Sensor {
    const DEFAULT_GAIN: f32 = 1.0;

    fn new(id: u8) -> Sensor {
        Sensor { id, offset: 0, gain: Self::DEFAULT_GAIN }
    }

    fn with_offset(id: u8, offset: i32) -> Sensor {
        let mut s = Self::new(id, offset);
        s.offset = offset;
        s
    }
}

impl Sensor {
    fn read(&self, raw: i32) -> f32 {
        (raw + self.offset) as f32 * self.gain
    }

    fn calibrate(&mut self, reference: i32, measured: i32) {
        self.offset = reference - measured;
    }
}

fn main() {
    let mut a = Sensor::new(1);
    let b = Sensor::with_offset(2, -3);
    a.calibrate(100);
    let x = a.read(40, 2);
    let y = b.read(40);
    let z = Sensor::read(&b);
    println!("{} {} {} {:?}", x, y, z, a.id);
}
