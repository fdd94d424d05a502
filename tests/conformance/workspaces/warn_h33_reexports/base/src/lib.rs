pub mod math {
    pub fn clamp01(x: f64) -> f64 {
        x.clamp(0.0, 1.0)
    }

    pub fn lerp(a: f64, b: f64, t: f64) -> f64 {
        a + (b - a) * clamp01(t)
    }

    fn unused_helper(x: f64) -> f64 {
        x * 2.0
    }

    pub(crate) fn crate_only(x: i32) -> i32 {
        x + 1
    }
}

pub mod color {
    #[derive(Debug, Clone, Copy)]
    pub struct Rgb {
        pub r: u8,
        pub g: u8,
        pub b: u8,
    }

    impl Rgb {
        pub const RED: Rgb = Rgb { r: 255, g: 0, b: 0 };

        pub fn mix(self, other: Rgb, t: f64) -> Rgb {
            let keep = self.r;
            Rgb { r: self.r, g: other.g, b: self.b }
        }

        fn luma(&self) -> u32 {
            self.r as u32 + self.g as u32
        }
    }
}
