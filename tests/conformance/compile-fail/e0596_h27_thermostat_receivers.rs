// Thermostat: &mut self methods called through shared references.
#[derive(Debug)]
struct Thermostat {
    target: i16,
    current: i16,
    heating: bool,
}

impl Thermostat {
    fn set_target(&mut self, t: i16) {
        self.target = t;
    }

    fn step(&mut self) {
        self.heating = self.current < self.target;
        if self.heating {
            self.current += 1;
        }
    }

    fn status(&self) -> i16 {
        self.target - self.current
    }
}

fn tick_all(units: &[Thermostat; 2]) {
    for u in units.iter() {
        u.step();
    }
}

fn adjust(unit: &Thermostat, delta: i16) {
    unit.target += delta;
}

fn main() {
    let mut units = [
        Thermostat { target: 20, current: 17, heating: false },
        Thermostat { target: 18, current: 18, heating: false },
    ];
    tick_all(&units);
    adjust(&units[1], 2);
    let first = &units[0];
    first.set_target(22);
    units[1].step();
    println!("{} {}", units[0].status(), units[1].status());
}
