// lints: dead_code non_upper_case_globals non_snake_case
// Thermostat firmware constants; some are never used and some are misnamed.
const setpoint_c: i16 = 21;
const HYSTERESIS: i16 = 1;
const MAX_DUTY: u8 = 100;
static boot_banner: &str = "thermo v2";
const UNUSED_LIMIT: u32 = u32::MAX >> 4;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Relay {
    On,
    Off,
    Fault,
}

struct Thermostat {
    currentTemp: i16,
    relay: Relay,
    cycles: u32,
}

impl Thermostat {
    fn update(&mut self, reading: i16) {
        self.currentTemp = reading;
        self.relay = if reading < setpoint_c - HYSTERESIS {
            Relay::On
        } else if reading > setpoint_c + HYSTERESIS {
            Relay::Off
        } else {
            self.relay
        };
    }

    fn reset(&mut self) {
        self.cycles = 0;
    }
}

fn DutyFor(r: Relay) -> u8 {
    if r == Relay::On { MAX_DUTY } else { 0 }
}

fn main() {
    println!("{}", boot_banner);
    let mut t = Thermostat { currentTemp: 0, relay: Relay::Off, cycles: 0 };
    for r in [18, 20, 23, 21] {
        t.update(r);
        println!("{} -> {:?} duty {}", t.currentTemp, t.relay, DutyFor(t.relay));
    }
}
