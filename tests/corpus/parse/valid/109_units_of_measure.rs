// Units of measure as newtypes with arithmetic that only combines compatible units.
use std::fmt;
use std::ops::{Add, Div, Mul, Sub};

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default)]
pub struct Meters(pub f64);

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default)]
pub struct Seconds(pub f64);

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct MetersPerSecond(pub f64);

macro_rules! linear_unit {
    ($t:ident, $suffix:literal) => {
        impl Add for $t {
            type Output = $t;
            fn add(self, o: $t) -> $t {
                $t(self.0 + o.0)
            }
        }
        impl Sub for $t {
            type Output = $t;
            fn sub(self, o: $t) -> $t {
                $t(self.0 - o.0)
            }
        }
        impl Mul<f64> for $t {
            type Output = $t;
            fn mul(self, k: f64) -> $t {
                $t(self.0 * k)
            }
        }
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{:.2}{}", self.0, $suffix)
            }
        }
    };
}

linear_unit!(Meters, "m");
linear_unit!(Seconds, "s");
linear_unit!(MetersPerSecond, "m/s");

impl Div<Seconds> for Meters {
    type Output = MetersPerSecond;
    fn div(self, t: Seconds) -> MetersPerSecond {
        MetersPerSecond(self.0 / t.0)
    }
}

impl Mul<Seconds> for MetersPerSecond {
    type Output = Meters;
    fn mul(self, t: Seconds) -> Meters {
        Meters(self.0 * t.0)
    }
}

impl std::iter::Sum for Meters {
    fn sum<I: Iterator<Item = Meters>>(iter: I) -> Meters {
        iter.fold(Meters::default(), |a, b| a + b)
    }
}

fn main() {
    let legs = [Meters(120.0), Meters(80.5), Meters(300.0)];
    let total: Meters = legs.iter().copied().sum();
    let time = Seconds(60.0) + Seconds(15.0);
    let speed = total / time;
    println!("{total} in {time} = {speed}");
    println!("in 10s: {}", speed * Seconds(10.0));
    println!("double: {} {}", total * 2.0, total > Meters(400.0));
}
