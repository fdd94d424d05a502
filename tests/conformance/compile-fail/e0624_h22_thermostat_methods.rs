// A thermostat with public and private methods and associated functions.
mod device {
    pub struct Thermostat {
        pub target: i32,
        current: i32,
    }

    impl Thermostat {
        pub const MIN_TARGET: i32 = 10;
        const SECRET_OFFSET: i32 = 2;

        pub fn new(target: i32) -> Self {
            Thermostat { target: target.max(Self::MIN_TARGET), current: 18 }
        }

        fn calibrate(&mut self) {
            self.current += Self::SECRET_OFFSET;
        }

        fn factory() -> Thermostat {
            Thermostat { target: 20, current: 20 }
        }

        pub fn tick(&mut self) -> bool {
            self.calibrate();
            if self.current < self.target {
                self.current += 1;
                true
            } else {
                false
            }
        }

        pub fn reading(&self) -> i32 {
            self.current
        }
    }
}

use device::Thermostat;

fn main() {
    let mut t = Thermostat::new(22);
    let mut heating_steps = 0;
    while t.tick() {
        heating_steps += 1;
    }
    t.calibrate();
    let f = Thermostat::factory();
    let offset = Thermostat::SECRET_OFFSET;
    println!("{} {} {} {}", heating_steps, t.reading(), f.target, offset);
}
