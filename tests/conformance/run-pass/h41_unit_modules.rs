// Unit-safe temperature and distance newtypes in nested modules, with shadowing-heavy conversions.
mod units {
    pub mod temp {
        #[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
        pub struct Celsius(pub f64);
        #[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
        pub struct Fahrenheit(pub f64);
        #[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
        pub struct Kelvin(pub f64);

        pub const ABSOLUTE_ZERO: Kelvin = Kelvin(0.0);

        impl Celsius {
            pub fn to_f(self) -> Fahrenheit {
                Fahrenheit(self.0 * 9.0 / 5.0 + 32.0)
            }
            pub fn to_k(self) -> Kelvin {
                Kelvin(self.0 + super::OFFSET_K)
            }
        }

        impl Fahrenheit {
            pub fn to_c(self) -> Celsius {
                Celsius((self.0 - 32.0) * 5.0 / 9.0)
            }
        }

        impl Kelvin {
            pub fn is_physical(self) -> bool {
                self >= ABSOLUTE_ZERO
            }
        }
    }

    pub mod distance {
        use super::super::report;

        #[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default)]
        pub struct Meters(pub f64);

        impl Meters {
            pub const MILE: Meters = Meters(1609.344);
            pub const FOOT: Meters = Meters(0.3048);

            pub fn in_units(self, unit: Meters) -> f64 {
                self.0 / unit.0
            }

            pub fn describe(self) {
                report("m", self.0);
                report("mi", self.in_units(Self::MILE));
                report("ft", self.in_units(Self::FOOT));
            }
        }
    }

    const OFFSET_K: f64 = 273.15;
}

use units::distance::Meters;
use units::temp::{self, Celsius, Fahrenheit};

fn report(unit: &str, v: f64) {
    println!("  {:>10.3} {}", v, unit);
}

fn main() {
    let reading = 451.0;
    let reading = Fahrenheit(reading);
    let reading = reading.to_c();
    println!("451F = {:.2}C", reading.0);
    let reading = reading.to_k();
    println!("     = {:.2}K physical={}", reading.0, reading.is_physical());

    let temps = [Celsius(-40.0), Celsius(0.0), Celsius(36.6), Celsius(-300.0)];
    for t in temps {
        let f = t.to_f();
        let k = t.to_k();
        let back = f.to_c();
        assert!((back.0 - t.0).abs() < 1e-9);
        println!("{:>7.1}C {:>7.1}F {:>7.2}K {}", t.0, f.0, k.0, if k.is_physical() { "" } else { "(impossible)" });
    }
    println!("coldest possible: {:?}", temp::ABSOLUTE_ZERO);

    let marathon = Meters(42_195.0);
    println!("marathon:");
    marathon.describe();
    let total = {
        let mut acc = Meters::default();
        for leg in [Meters::MILE, Meters(500.0), Meters::FOOT] {
            acc = Meters(acc.0 + leg.0);
        }
        acc
    };
    println!("legs:");
    total.describe();
    println!("longer than a mile: {}", total > Meters::MILE);
}
