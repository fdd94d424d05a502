use crate::Rgb;

impl Rgb {
    // Public method in a private module: still callable from other crates.
    pub fn average(self, other: Rgb) -> Rgb {
        Rgb {
            r: ((self.r as u16 + other.r as u16) / 2) as u8,
            g: ((self.g as u16 + other.g as u16) / 2) as u8,
            b: ((self.b as u16 + other.b as u16) / 2) as u8,
        }
    }

    // Visible only inside the `mix` module.
    fn invert(self) -> Rgb {
        Rgb { r: 255 - self.r, g: 255 - self.g, b: 255 - self.b }
    }

    pub(crate) fn complement(self) -> Rgb {
        self.invert()
    }
}
