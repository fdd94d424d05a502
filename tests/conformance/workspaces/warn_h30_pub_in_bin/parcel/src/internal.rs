pub const LEGACY_FACTOR: u32 = 3;

pub fn round_up(cents: u32) -> u32 {
    (cents + 49) / 50 * 50
}
