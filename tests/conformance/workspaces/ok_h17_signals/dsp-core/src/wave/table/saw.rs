pub(in crate::wave) fn ramp(phase: f64) -> f64 {
    2.0 * phase - 1.0
}
