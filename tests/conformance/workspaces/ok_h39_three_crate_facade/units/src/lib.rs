pub mod length {
    #[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
    pub struct Meters(pub f64);

    impl Meters {
        pub fn km(self) -> f64 {
            self.0 / 1000.0
        }
    }
}

pub mod time {
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub struct Seconds(pub f64);
}

pub use length::Meters;
pub use time::Seconds;

pub(crate) fn epsilon() -> f64 {
    1e-9
}

pub fn nearly_equal(a: f64, b: f64) -> bool {
    (a - b).abs() < epsilon()
}
