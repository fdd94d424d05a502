// Several impl blocks for one type; one method defined twice.
#[derive(Debug, Clone, Copy, Default)]
struct Temperature {
    celsius: f64,
}

impl Temperature {
    const FREEZING: f64 = 0.0;

    fn from_celsius(c: f64) -> Self {
        Self { celsius: c }
    }

    fn fahrenheit(&self) -> f64 {
        self.celsius * 9.0 / 5.0 + 32.0
    }
}

impl Temperature {
    fn from_fahrenheit(f: f64) -> Self {
        Self::from_celsius((f - 32.0) * 5.0 / 9.0)
    }

    fn is_freezing(&self) -> bool {
        self.celsius <= Self::FREEZING
    }
}

impl Temperature {
    const BOILING: f64 = 100.0;
    const FREEZING: f64 = 273.15;

    fn fahrenheit(&self) -> f64 {
        (self.celsius * 1.8) + 32.0
    }

    fn is_boiling(&self) -> bool {
        self.celsius >= Self::BOILING
    }
}

fn main() {
    let t = Temperature::from_fahrenheit(212.0);
    let d = Temperature::default();
    println!("{} {} {}", t.fahrenheit(), t.is_boiling(), d.is_freezing());
}
