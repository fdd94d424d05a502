// lints: dead_code unused_variables
// A thermostat firmware with several unused items that rustc groups into one warning.
#[derive(Debug, Clone, Copy)]
struct Zone {
    target: i16,
    current: i16,
    hysteresis: i16,
    humidity: u8,
    label: char,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Command {
    Heat,
    Cool,
    Hold,
    Defrost,
    Purge(u8),
    Service { code: u16 },
}

struct Schedule(u8, u16, i16);

impl Zone {
    const MIN_TARGET: i16 = 5;
    const MAX_TARGET: i16 = 30;
    const STEP: i16 = 1;

    fn new(target: i16) -> Zone {
        Zone { target, current: 20, hysteresis: 1, humidity: 40, label: 'z' }
    }

    fn decide(&self) -> Command {
        if self.current < self.target - self.hysteresis {
            Command::Heat
        } else if self.current > self.target + self.hysteresis {
            Command::Cool
        } else {
            Command::Hold
        }
    }

    fn raise(&mut self) {
        self.target += Self::STEP;
    }

    fn lower(&mut self) {
        self.target -= Self::STEP;
    }

    fn reset(&mut self) {
        self.target = Self::MIN_TARGET;
    }

    fn describe(&self) -> char {
        self.label
    }
}

fn calibrate(z: Zone, offset: i16) -> Zone {
    Zone { current: z.current, ..z }
}

fn unused_a() {}
fn unused_b() {}

fn main() {
    let z = Zone::new(22);
    println!("{:?}", z.decide());
    let s = Schedule(1, 2, 3);
    println!("{}", s.0);
}
