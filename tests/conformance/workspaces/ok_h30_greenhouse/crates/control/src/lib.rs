// Decides what the actuators do from one probe reading.
use climate::humidity::*;
use climate::{Celsius, FREEZING};
use sensors::probe::*;

pub use sensors::Calibration as Cal;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Heat,
    Vent,
    Mist,
    Idle,
}

pub fn decide(probe: &Probe, cal: &Cal) -> Action {
    let t = probe.temperature(cal);
    let h = probe.humidity();
    if !t.warmer_than(FREEZING) || Celsius::ROOM.warmer_than(t) && probe.kind == ProbeKind::Air {
        Action::Heat
    } else if h.0 > Percent::WET.0 {
        Action::Vent
    } else if h.0 < Percent::DRY.0 || clamp_percent(probe.raw_humidity) == 0 {
        Action::Mist
    } else {
        Action::Idle
    }
}

pub fn weight(kind: ProbeKind) -> u8 {
    kind as u8 * 10
}
