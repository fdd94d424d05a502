// The library half of a package that also has a binary.
pub mod sensor {
    #[derive(Debug, Clone, Copy)]
    pub struct Reading {
        pub celsius: f32,
        pub(crate) raw: u16,
    }

    pub(crate) const SCALE: f32 = 0.0625;

    pub fn decode(raw: u16) -> Reading {
        Reading { celsius: raw as f32 * SCALE, raw }
    }

    pub(crate) fn encode(c: f32) -> u16 {
        (c / SCALE) as u16
    }
}

pub(crate) mod control {
    pub fn heater_on(celsius: f32, target: f32) -> bool {
        celsius < target
    }
}

pub fn round_trip(c: f32) -> f32 {
    sensor::decode(sensor::encode(c)).celsius
}
