// Alarm thresholds for a set of sensors; one threshold has the wrong integer width.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Level {
    Ok,
    Warn,
    Alarm,
}

const SENSORS: usize = 4;
const CRITICAL: u16 = 900;

struct Panel {
    readings: [u16; SENSORS],
    warn_at: [u16; SENSORS],
}

impl Panel {
    fn level(&self, i: usize, alarm_at: &[u32; SENSORS]) -> Level {
        let r = self.readings[i] as u32;
        if r >= alarm_at[i] {
            Level::Alarm
        } else if self.readings[i] >= self.warn_at[i] {
            Level::Warn
        } else {
            Level::Ok
        }
    }
}

fn count(levels: &[Level], wanted: Level) -> u32 {
    let mut n = 0;
    for &l in levels {
        if l == wanted {
            n += 1;
        }
    }
    n
}

fn main() {
    let panel = Panel { readings: [120, 480, 950, 700], warn_at: [400, 400, 500, 650] };
    // mistake: CRITICAL is a u16 among u32 thresholds
    let alarm_at = [800u32, 800, CRITICAL, 1000];
    let mut levels = [Level::Ok; SENSORS];
    for i in 0..SENSORS {
        levels[i] = panel.level(i, &alarm_at);
        println!("sensor {} reads {:>4}: {:?}", i, panel.readings[i], levels[i]);
    }
    let highest: u16 = alarm_at[3];
    println!("{} warnings, {} alarms, top threshold {}", count(&levels, Level::Warn), count(&levels, Level::Alarm), highest);
}
