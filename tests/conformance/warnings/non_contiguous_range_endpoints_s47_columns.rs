// lints: non_contiguous_range_endpoints overlapping_range_endpoints
// Sensor readings sorted into bands; a few bands leave out their last value.
#[derive(Clone, Copy)]
enum Reading {
    Temperature(i16),
    Humidity(u8),
    Fault,
}

fn band(level: u8) -> &'static str {
    match level {
        40..=50 => "mid",
        21..=30 => "low-mid",
        10..20 => "low",
        50..=60 => "high",
        5..6 => "trace",
        7..=9 => "faint",
        _ => "other",
    }
}

fn reading_band(r: Reading, calibrated: bool) -> u8 {
    match (r, calibrated) {
        (Reading::Temperature(-40..0), true) => 0,
        (Reading::Temperature(1..=35), true) => 1,
        (Reading::Humidity(0..255), _) => 2,
        (Reading::Temperature(_), false) => 3,
        (Reading::Temperature(_), true) => 3,
        (Reading::Humidity(255), _) => 5,
        (Reading::Fault, _) => 4,
    }
}

fn letter_group(c: char) -> u8 {
    match c {
        'a'..'f' => 1,
        'g'..='z' => 2,
        _ => 0,
    }
}

fn is_low(level: u8) -> bool {
    if let 0..255 = level { level < 10 } else { false }
}

fn main() {
    println!("{} {}", band(12), reading_band(Reading::Humidity(3), true));
    println!("{} {}", reading_band(Reading::Fault, false), reading_band(Reading::Temperature(5), true));
    println!("{} {}", letter_group('c'), is_low(4));
}
