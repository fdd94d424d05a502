pub use units::*;

pub mod motion {
    use units::{Meters, Seconds};

    #[derive(Debug, Clone, Copy)]
    pub struct Speed {
        pub mps: f64,
    }

    pub fn speed(d: Meters, t: Seconds) -> Speed {
        Speed { mps: d.0 / t.0 }
    }

    pub fn distance(s: Speed, t: Seconds) -> Meters {
        Meters(s.mps * t.0)
    }
}

pub use motion::{distance as travel, speed, Speed};
