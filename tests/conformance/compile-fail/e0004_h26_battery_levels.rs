// Battery gauge: voltage bands are consts used as match ranges.
const EMPTY_MV: u16 = 3300;
const LOW_MV: u16 = 3500;
const MID_MV: u16 = 3700;
const FULL_MV: u16 = 4200;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Level {
    Critical,
    Low,
    Medium,
    Full,
}

fn classify(mv: u16) -> Level {
    match mv {
        0..=EMPTY_MV => Level::Critical,
        EMPTY_MV..=LOW_MV => Level::Low,
        MID_MV..=FULL_MV => Level::Medium,
    }
}

fn icon(level: Level) -> char {
    match level {
        Level::Critical => '!',
        Level::Low => '_',
        Level::Medium => '=',
    }
}

fn main() {
    let samples = [3200u16, 3450, 3650, 4100, 4300];
    let mut worst = Level::Full;
    for s in samples {
        let l = classify(s);
        if l < worst {
            worst = l;
        }
        println!("{} mV -> {:?} {}", s, l, icon(l));
    }
    println!("worst {:?}", worst);
    let percent: u8 = (samples[2] - EMPTY_MV) * 100 / (FULL_MV - EMPTY_MV);
    println!("{}", percent);
}
