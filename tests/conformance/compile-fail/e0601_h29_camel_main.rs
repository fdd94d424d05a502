// A clock tool whose entry point was written `Main` in a port from another language.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Time {
    hours: u8,
    minutes: u8,
}

impl Time {
    fn add_minutes(self, m: u32) -> Time {
        let total = (self.hours as u32 * 60 + self.minutes as u32 + m) % (24 * 60);
        Time { hours: (total / 60) as u8, minutes: (total % 60) as u8 }
    }

    fn is_pm(&self) -> bool {
        self.hours >= 12
    }
}

fn format_hour(t: Time) -> u8 {
    let h = t.hours % 12;
    if h == 0 { 12 } else { h }
}

fn Main() {
    let start = Time { hours: 23, minutes: 40 };
    let later = start.add_minutes(45);
    println!("{:?} {} {}", later, later.is_pm(), format_hour(later));
}
