// A temperature log: associated functions called like methods and vice versa.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Reading {
    celsius: f64,
    station: u8,
}

impl Reading {
    const FREEZING: f64 = 0.0;

    fn from_fahrenheit(f: f64, station: u8) -> Reading {
        Reading { celsius: (f - 32.0) * 5.0 / 9.0, station }
    }

    fn is_frost(&self) -> bool {
        self.celsius <= Self::FREEZING
    }

    fn warmer(self, by: f64) -> Self {
        Self { celsius: self.celsius + by, ..self }
    }
}

fn main() {
    let a = Reading::from_fahrenheit(23.0, 1);
    // Associated function called with method syntax.
    let b = a.from_fahrenheit(50.0, 2);
    // Method called as an associated function without the receiver.
    let frost = Reading::is_frost();
    // Correct path call with explicit receiver is fine.
    let c = Reading::warmer(a, 2.5);
    // Unknown associated item.
    let d = Reading::from_kelvin(270.0, 3);
    // Constant accessed as a method.
    let z = a.FREEZING;
    println!("{:?} {:?} {} {:?} {:?} {}", a, b, frost, c, d, z);
}
