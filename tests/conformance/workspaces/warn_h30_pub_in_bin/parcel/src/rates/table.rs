pub const BASE: [u32; 3] = [300, 550, 1200];
pub const PER_100G: u32 = 12;
pub const PEAK_MULTIPLIER: u32 = 2;
