pub fn next_epoch(seed: u32) -> u32 {
    seed.wrapping_mul(2654435761) >> 16
}

pub(super) fn reset() -> u32 {
    0
}
