// The same method defined in two impl blocks of one type.
struct Temperature {
    kelvin: f64,
}

impl Temperature {
    fn celsius(&self) -> f64 {
        self.kelvin - 273.15
    }
}

impl Temperature {
    fn celsius(&self) -> f64 {
        self.kelvin - 273.0
    }
}

fn main() {
    let t = Temperature { kelvin: 300.0 };
    println!("{}", t.kelvin);
}
