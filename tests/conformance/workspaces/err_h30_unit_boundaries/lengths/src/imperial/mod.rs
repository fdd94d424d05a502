mod convert;

pub use self::convert::to_mm;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Inch(pub f64);

impl Inch {
    pub const THOU: Inch = Inch(0.001);
}
