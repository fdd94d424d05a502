// Unit conversions behind a module whose constructors are private: E0603
// does not stop rustc from reporting the unused variables of the same body.
mod units {
    pub struct Meters(f64);
    pub struct Feet(pub f64);

    impl Meters {
        pub fn value(&self) -> f64 {
            self.0
        }
    }

    fn scale() -> f64 {
        0.3048
    }

    pub fn to_meters(f: Feet) -> Meters {
        Meters(f.0 * scale())
    }
}

fn main() {
    let length = units::Meters(1.0);
    let unused_ratio = units::scale();
    let feet = units::Feet(10.0);
    let converted = units::to_meters(feet);
    println!("{}", converted.value());
}
