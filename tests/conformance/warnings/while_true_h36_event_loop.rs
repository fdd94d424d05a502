// lints: while_true unused_assignments unused_variables unconditional_recursion unreachable_patterns dead_code
// An event loop for a thermostat, with a recursive helper that never terminates.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Event {
    Tick,
    SetPoint(i16),
    Reading(i16),
    Shutdown,
}

struct Thermostat {
    target: i16,
    current: i16,
    heating: bool,
    switches: u32,
}

impl Thermostat {
    fn update(&mut self) {
        let want = self.current < self.target - 1 || (self.heating && self.current < self.target + 1);
        if want != self.heating {
            self.switches += 1;
        }
        self.heating = want;
    }

    fn describe(&self) -> u32 {
        // meant to call the free function with the same name
        self.describe()
    }
}

fn band(temp: i16) -> &'static str {
    match temp {
        i16::MIN..=-1 => "freezing",
        0..=15 => "cold",
        16..=24 => "comfortable",
        20..=22 => "ideal",
        25..=i16::MAX => "hot",
    }
}

const EVENTS: [Event; 9] = [
    Event::Reading(14),
    Event::Tick,
    Event::SetPoint(21),
    Event::Reading(19),
    Event::Tick,
    Event::Reading(22),
    Event::Tick,
    Event::Reading(23),
    Event::Shutdown,
];

fn main() {
    let mut t = Thermostat { target: 18, current: 18, heating: false, switches: 0 };
    let mut i = 0;
    let mut last_band = "unknown";
    let mut ticks = 0;
    while true {
        let e = EVENTS[i];
        i += 1;
        match e {
            Event::Tick => {
                ticks += 1;
                t.update();
                println!("tick {}: {} heating={}", ticks, t.current, t.heating);
            }
            Event::SetPoint(v) => t.target = v,
            Event::Reading(v) => {
                t.current = v;
                last_band = band(v);
            }
            Event::Shutdown => break,
            Event::Tick => unreachable!(),
        }
        last_band = "stale";
    }
    println!("switches {} after {} ticks", t.switches, ticks);
}
