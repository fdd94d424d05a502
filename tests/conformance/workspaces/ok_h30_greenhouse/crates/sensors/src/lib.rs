// Probes read raw counts; calibration turns them into units.
pub mod probe;

pub use probe::calib::Calibration;
pub use probe::{Probe, ProbeKind};
