// Time base shared by schedulers: tick rates, slot counts and helpers.
pub const TICK_US: u32 = 250;
pub const TICKS_PER_SEC: u32 = 1_000_000 / TICK_US;
pub const SLOTS: usize = 6;
pub const MAX_SLICE: u16 = 60_000;
const CALIBRATION: u32 = 17;

pub fn ticks_for_ms(ms: u32) -> u32 {
    ms * 1000 / TICK_US
}

pub const fn ticks_for_us(us: u32) -> u32 {
    us / TICK_US
}

pub mod slot {
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub struct Slot {
        pub start: u32,
        pub len: u32,
    }

    pub const fn at(start: u32, len: u32) -> Slot {
        Slot { start, len }
    }

    pub fn calibrated() -> u32 {
        super::CALIBRATION * 2
    }
}
