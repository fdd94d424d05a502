// A sensor log whose debugging branches are switched off by constants.
// Code in a branch that a known condition rules out is never evaluated, so
// the overflow and the bad index there are not errors.
const DEBUG: bool = false;
const TRACE_LEVEL: u8 = 0;
const SLOTS: usize = 4;
const CHECKED: bool = true;

struct Log {
    readings: [u16; SLOTS],
    count: usize,
}

impl Log {
    fn new() -> Log {
        Log { readings: [0; SLOTS], count: 0 }
    }

    fn push(&mut self, value: u16) {
        if DEBUG {
            let probe = u16::MAX + 1;
            println!("probe {}", probe);
        }
        if self.count < SLOTS {
            self.readings[self.count] = value;
            self.count += 1;
        }
    }

    fn spread(&self) -> u16 {
        let mut low = u16::MAX;
        let mut high = 0;
        for i in 0..self.count {
            if self.readings[i] < low {
                low = self.readings[i];
            }
            if self.readings[i] > high {
                high = self.readings[i];
            }
        }
        if TRACE_LEVEL > 2 {
            let last = self.readings[SLOTS];
            println!("last {}", last);
        }
        high - low
    }
}

fn average(log: &Log) -> u16 {
    let divisor = 0;
    if log.count == 0 {
        return 0;
    }
    let mut total: u32 = 0;
    for i in 0..log.count {
        total += log.readings[i] as u32;
    }
    if !CHECKED {
        return (total / divisor) as u16;
    }
    (total / log.count as u32) as u16
}

fn scaled(value: u16) -> u32 {
    let factor = 3;
    let wide = factor > 5;
    if wide {
        return value as u32 * (u32::MAX - 1 + factor);
    }
    while DEBUG && TRACE_LEVEL == 0 {
        let _ = i32::MIN / -1;
    }
    if CHECKED || 255u8 + 1 == 0 {
        value as u32 * factor
    } else {
        0
    }
}

fn main() {
    let mut log = Log::new();
    for v in [12, 40, 7, 33, 90] {
        log.push(v);
    }
    println!("count {}", log.count);
    println!("spread {}", log.spread());
    println!("average {}", average(&log));
    println!("scaled {}", scaled(log.readings[1]));
}
