// A physics units module whose newtypes keep their inner value private.
mod units {
    #[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
    pub struct Meters(f64);

    #[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
    pub struct Seconds(pub f64);

    #[derive(Debug, Clone, Copy)]
    pub struct Velocity(pub f64, f64);

    impl Meters {
        pub fn new(v: f64) -> Meters {
            Meters(v)
        }

        pub fn value(self) -> f64 {
            self.0
        }
    }

    pub fn speed(d: Meters, t: Seconds) -> Velocity {
        Velocity(d.0 / t.0, 0.0)
    }
}

use units::{Meters, Seconds};

fn main() {
    let unused_budget = 3;
    let d = Meters::new(100.0);
    let t = Seconds(9.58);
    let v = units::speed(d, t);
    let raw = Meters(42.0);
    let units::Velocity(vx, vy) = units::Velocity(1.0, 2.0);
    let Seconds(secs) = t;
    println!("{:?} {:?} {:?} {} {} {}", d.value(), v.0, raw, vx, vy, secs);
}
