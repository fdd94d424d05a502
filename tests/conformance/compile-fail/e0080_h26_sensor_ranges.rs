// Pressure sensor driver; the associated consts scale raw counts to pascals.
struct Baro {
    raw: u16,
}

impl Baro {
    const RAW_MAX: u16 = 4095;
    const PA_PER_COUNT: u16 = 40;
    const FULL_SCALE: u16 = Self::RAW_MAX * Self::PA_PER_COUNT;
    const OFFSET: u16 = 1000;

    fn pascals(&self) -> u32 {
        self.raw as u32 * Self::PA_PER_COUNT as u32 + Self::OFFSET as u32
    }

    fn saturated(&self) -> bool {
        self.raw >= Self::RAW_MAX
    }
}

mod alarms {
    pub const HIGH_PA: u32 = 150_000;
    pub const LOW_PA: u32 = 80_000;
    pub const BAND: u32 = LOW_PA - HIGH_PA;
}

fn main() {
    let readings = [Baro { raw: 2000 }, Baro { raw: 4095 }, Baro { raw: 10 }];
    for r in &readings {
        let pa = r.pascals();
        if pa > alarms::HIGH_PA || pa < alarms::LOW_PA {
            println!("alarm at {} Pa (saturated: {})", pa, r.saturated());
        }
    }
    println!("full scale {} band {}", Baro::FULL_SCALE, alarms::BAND);
    println!("{}", Baro::MAX_RAW);
}
