struct Sensor {
    reading: f64,
    offset: f64,
}

impl Sensor {
    fn calibrated(&self) -> f64 {
        self.reading() + self.offset
    }
}

fn main() {
    let s = Sensor { reading: 20.5, offset: -0.5 };
    println!("{}", s.calibrated());
}
