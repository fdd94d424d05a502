pub mod gray;
pub mod rgb;

pub(crate) use self::gray::luma;
pub(crate) use self::rgb::Rgb as Color;
