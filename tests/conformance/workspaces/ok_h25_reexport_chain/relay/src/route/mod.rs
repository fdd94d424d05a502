mod stats;

pub fn summary(frames: &[hub::Frame]) -> u32 {
    stats::count_data(frames) * 10 + self::stats::count_closed(frames)
}
