// A clock type with wrapping arithmetic; the author mixes integer widths.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Clock {
    hours: i32,
    minutes: i32,
}

const MINUTES_PER_DAY: i32 = 24 * 60;

impl Clock {
    fn new(hours: i32, minutes: i32) -> Clock {
        let total = (hours * 60 + minutes).rem_euclid(MINUTES_PER_DAY);
        Clock { hours: total / 60, minutes: total % 60 }
    }

    fn add_minutes(&self, minutes: i32) -> Clock {
        Clock::new(self.hours, self.minutes + minutes)
    }

    fn total_minutes(&self) -> u32 {
        // mistake: i32 expression returned as u32
        self.hours * 60 + self.minutes
    }

    fn digits(&self) -> [u8; 4] {
        let h = self.hours as u8;
        let m = self.minutes as u8;
        [h / 10, h % 10, m / 10, m % 10]
    }
}

fn parse_clock(text: &[u8; 5]) -> Clock {
    let hours = (text[0] - b'0') * 10 + (text[1] - b'0');
    let minutes = (text[3] - b'0') * 10 + (text[4] - b'0');
    // mistake: u8 values passed where i32 is expected
    Clock::new(hours, minutes as i32)
}

fn main() {
    let alarms: [&[u8; 5]; 3] = [b"07:45", b"23:59", b"12:00"];
    let snooze: i64 = 9;
    for a in alarms {
        let c = parse_clock(a);
        // mistake: i64 snooze passed to an i32 parameter
        let later = c.add_minutes(snooze);
        let d = later.digits();
        println!("{}{}:{}{} ({} min)", d[0], d[1], d[2], d[3], later.total_minutes());
    }
    let midnight = Clock::new(24, 0);
    println!("{:?} {}", midnight, midnight == Clock::new(0, 0));
}
