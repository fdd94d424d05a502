// Units-of-measure library: newtype wrappers for lengths, masses and
// temperatures, with conversion tables kept inside modules.

mod units {
    pub mod length {
        #[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
        pub struct Meters(pub f64);

        #[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
        pub struct Feet(f64);

        pub(super) const FEET_PER_METER: f64 = 3.280839895;

        impl Feet {
            pub fn new(v: f64) -> Feet {
                Feet(v)
            }
            pub fn value(self) -> f64 {
                self.0
            }
            pub fn to_meters(self) -> Meters {
                Meters(self.0 / FEET_PER_METER)
            }
        }

        impl Meters {
            pub fn to_feet(self) -> Feet {
                Feet(self.0 * FEET_PER_METER)
            }
            pub fn add(self, o: Meters) -> Meters {
                Meters(self.0 + o.0)
            }
        }
    }

    pub mod temp {
        #[derive(Debug, Clone, Copy, PartialEq)]
        pub enum Scale {
            Celsius,
            Fahrenheit,
            Kelvin,
        }

        #[derive(Debug, Clone, Copy)]
        pub struct Temperature {
            kelvin: f64,
        }

        impl Temperature {
            const ABS_ZERO_C: f64 = -273.15;

            pub fn new(value: f64, scale: Scale) -> Temperature {
                let kelvin = match scale {
                    Scale::Celsius => value - Self::ABS_ZERO_C,
                    Scale::Fahrenheit => (value - 32.0) * 5.0 / 9.0 - Self::ABS_ZERO_C,
                    Scale::Kelvin => value,
                };
                Temperature { kelvin: Self::clamp_physical(kelvin) }
            }

            fn clamp_physical(k: f64) -> f64 {
                if k < 0.0 { 0.0 } else { k }
            }

            pub fn in_scale(&self, scale: Scale) -> f64 {
                match scale {
                    Scale::Celsius => self.kelvin + Self::ABS_ZERO_C,
                    Scale::Fahrenheit => (self.kelvin + Self::ABS_ZERO_C) * 9.0 / 5.0 + 32.0,
                    Scale::Kelvin => self.kelvin,
                }
            }
        }

        pub fn symbol(scale: Scale) -> char {
            match scale {
                Scale::Celsius => 'C',
                Scale::Fahrenheit => 'F',
                Scale::Kelvin => 'K',
            }
        }
    }

    pub mod mass {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
        pub struct Grams(pub u64);

        pub const GRAMS_PER_POUND: u64 = 454;
        pub const GRAMS_PER_OUNCE: u64 = 28;

        pub fn from_pounds_ounces(lb: u64, oz: u64) -> Grams {
            Grams(lb * GRAMS_PER_POUND + oz * GRAMS_PER_OUNCE)
        }

        pub fn describe(g: Grams) -> (u64, u64) {
            (g.0 / 1000, g.0 % 1000)
        }
    }

    pub fn feet_per_meter() -> f64 {
        length::FEET_PER_METER
    }
}

use units::length::{Feet, Meters};
use units::mass::{self, Grams};
use units::temp::{self, Scale, Temperature};

fn longest(runs: &[Meters]) -> Meters {
    let mut best = runs[0];
    for r in runs {
        if *r > best {
            best = *r;
        }
    }
    best
}

fn main() {
    let runs = [Meters(400.0), Feet::new(1500.0).to_meters(), Meters(1609.344), Meters(800.0)];
    let total = runs.iter().fold_total();
    let best = longest(&runs);
    println!("longest run {:.1} m = {:.1} ft", best.0, best.to_feet().value());
    let sum = runs[0].add(runs[1]).add(runs[2]);
    println!("first three: {:.2} m", sum.0);
    println!("ratio {}", units::feet_per_meter());

    let readings = [
        Temperature::new(21.5, Scale::Celsius),
        Temperature::new(98.6, Scale::Fahrenheit),
        Temperature::new(-500.0, Scale::Celsius),
        Temperature::new(300.0, Scale::Kelvin),
    ];
    for t in readings.iter() {
        for s in [Scale::Celsius, Scale::Fahrenheit, Scale::Kelvin] {
            print!("{:>8.2}{} ", t.in_scale(s), temp::symbol(s));
        }
        println!();
    }
    let k = Temperature::clamp_physical(-3.0);
    println!("clamped {}", k);

    let bag = mass::from_pounds_ounces(3, 5);
    let (kg, g) = mass::describe(bag);
    println!("bag weighs {} kg {} g", kg, g);
    let heavier = if bag > Grams(1500) { "heavy" } else { "light" };
    println!("{}", heavier);
    let raw = Feet::new(10.0);
    println!("raw feet {}", raw.0);
}
