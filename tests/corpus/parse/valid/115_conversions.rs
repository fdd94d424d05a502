// edition:2024
// From, Into, TryFrom, TryInto, FromStr and AsRef conversions between domain types.
use std::convert::TryFrom;
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

#[derive(Debug, PartialEq)]
pub enum ColorError {
    BadLength(usize),
    BadHex(String),
    OutOfRange(i64),
}

impl From<(u8, u8, u8)> for Rgb {
    fn from((r, g, b): (u8, u8, u8)) -> Self {
        Rgb(r, g, b)
    }
}

impl From<Rgb> for u32 {
    fn from(Rgb(r, g, b): Rgb) -> u32 {
        u32::from(r) << 16 | u32::from(g) << 8 | u32::from(b)
    }
}

impl TryFrom<[i64; 3]> for Rgb {
    type Error = ColorError;

    fn try_from(parts: [i64; 3]) -> Result<Self, Self::Error> {
        let [r, g, b] = parts.map(|p| u8::try_from(p).map_err(|_| ColorError::OutOfRange(p)));
        Ok(Rgb(r?, g?, b?))
    }
}

impl FromStr for Rgb {
    type Err = ColorError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let hex = s.strip_prefix('#').unwrap_or(s);
        if hex.len() != 6 {
            return Err(ColorError::BadLength(hex.len()));
        }
        let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).map_err(|_| ColorError::BadHex(hex.to_string()));
        Ok(Rgb(byte(0)?, byte(2)?, byte(4)?))
    }
}

impl fmt::Display for Rgb {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

fn brightness(c: impl Into<Rgb>) -> f64 {
    let Rgb(r, g, b) = c.into();
    (0.299 * r as f64 + 0.587 * g as f64 + 0.114 * b as f64) / 255.0
}

fn main() {
    let a: Rgb = (255, 128, 0).into();
    let packed: u32 = a.into();
    let b = Rgb::try_from([10, 20, 30]);
    let c: Result<Rgb, _> = [1, 256, 3].try_into();
    let d = "#1e90ff".parse::<Rgb>();
    let e: Result<Rgb, ColorError> = "zz0000".parse();
    println!("{a} {packed:#08x} {b:?} {c:?} {d:?} {e:?}");
    println!("{:.3}", brightness((200, 200, 200)));
    let n: i64 = i64::from(7u8) + i64::try_from(9u64).unwrap_or_default();
    let small: Result<u8, _> = 300i32.try_into();
    println!("{n} {small:?}");
}
