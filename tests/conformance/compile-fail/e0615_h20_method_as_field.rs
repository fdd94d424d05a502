// Timers: a method is read like a field, a field is read on an integer, and a
// field name is misspelled.
#[derive(Debug, Clone, Copy)]
struct Duration {
    secs: u64,
    millis: u32,
}

impl Duration {
    fn total_millis(&self) -> u64 {
        self.secs * 1000 + self.millis as u64
    }

    fn is_zero(&self) -> bool {
        self.secs == 0 && self.millis == 0
    }
}

struct Timer {
    label: &'static str,
    elapsed: Duration,
    laps: u8,
}

fn report(t: &Timer) -> u64 {
    if t.elapsed.is_zero {
        return 0;
    }
    t.elapsed.total_millis() / t.laps.count as u64
}

fn main() {
    let t = Timer {
        label: "sprint",
        elapsed: Duration { secs: 12, millis: 480 },
        laps: 4,
    };
    println!("{} {}", t.label, report(&t));
    println!("{}", t.elapsed.milis);
}
