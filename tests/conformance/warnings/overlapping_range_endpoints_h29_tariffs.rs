// lints: overlapping_range_endpoints
// Electricity tariffs by hour and usage band, written with inclusive ranges that share endpoints.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Band {
    Night,
    Day,
    Peak,
}

fn band(hour: u8) -> Band {
    match hour {
        0..=7 => Band::Night,
        7..=16 => Band::Day,
        16..=19 => Band::Peak,
        20..=23 => Band::Day,
        _ => Band::Night,
    }
}

fn usage_rate(kwh: u32) -> u32 {
    match kwh {
        0..100 => 12,
        100..=500 => 15,
        500..=1000 => 18,
        _ => 22,
    }
}

#[allow(overlapping_range_endpoints)]
fn temperature_surcharge(celsius: i8) -> u32 {
    match celsius {
        i8::MIN..=0 => 5,
        0..=25 => 0,
        25..=i8::MAX => 3,
    }
}

struct Meter {
    voltage: u16,
}

impl Meter {
    #[deny(overlapping_range_endpoints)]
    fn quality(&self) -> char {
        match self.voltage {
            0..=207 => 'L',
            208..=253 => 'N',
            253..=u16::MAX => 'H',
        }
    }

    fn phase(&self, reading: (u8, u8)) -> u8 {
        match reading {
            (0..=50, 0..=50) => 0,
            (50..=100, _) => 1,
            (_, 50..=255) => 2,
            _ => 3,
        }
    }
}

fn main() {
    let m = Meter { voltage: 230 };
    let mut total = 0;
    for hour in [3u8, 7, 12, 18, 22] {
        total += usage_rate(300) * (band(hour) as u32 + 1);
    }
    println!("{} {} {} {}", total, temperature_surcharge(30), m.quality(), m.phase((50, 10)));
}
