pub mod readingUnits;

pub use readingUnits::Unit;

pub static maxNeedle: u16 = 270;
pub const Red_Zone: u16 = 240;

#[derive(Debug, Clone, Copy)]
pub struct gauge_face {
    pub label: &'static str,
    pub unit: Unit,
    pub needleAngle: u16,
}

impl gauge_face {
    pub fn setNeedle(&mut self, fraction: f64) {
        let Angle = (fraction.clamp(0.0, 1.0) * maxNeedle as f64) as u16;
        self.needleAngle = Angle;
    }

    pub fn in_red(&self) -> bool {
        self.needleAngle >= Red_Zone
    }
}
