pub use base::color::Rgb;
pub use base::math::{clamp01, lerp as blend};
use base::math;

pub mod palette {
    use super::Rgb;
    use base::math::lerp;

    pub const ACCENT: Rgb = Rgb { r: 10, g: 200, b: 30 };

    pub fn fade(c: Rgb, steps: u8) -> u8 {
        let mut level = c.r;
        for _ in 0..steps {
            level = level / 2;
        }
        level
    }

    fn private_swatch() -> Rgb {
        Rgb::RED
    }
}

pub fn brightness(c: Rgb) -> f64 {
    let mut sum = 0.0;
    sum = c.r as f64 + c.g as f64 + c.b as f64;
    clamp01(sum / 765.0)
}
