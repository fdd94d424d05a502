pub(super) mod saw;

pub(super) fn sine(phase: f64) -> f64 {
    (phase * 2.0 * std::f64::consts::PI).sin()
}
