// A thermostat controller with methods of mixed visibility.
mod hvac {
    pub struct Controller {
        target: i32,
        current: i32,
    }

    impl Controller {
        pub fn new(target: i32) -> Controller {
            Controller { target, current: 15 }
        }

        fn delta(&self) -> i32 {
            self.target - self.current
        }

        pub(crate) fn step(&mut self) {
            self.current += self.delta().signum();
        }

        pub(self) fn reset(&mut self) {
            self.current = 0;
        }

        fn factory() -> Controller {
            Controller { target: 20, current: 20 }
        }

        const MAX: i32 = 30;

        pub fn is_done(&self) -> bool {
            self.delta() == 0 || self.current > Self::MAX
        }
    }

    pub mod panel {
        pub fn force_reset(c: &mut super::Controller) {
            c.reset();
        }
    }
}

fn main() {
    let mut c = hvac::Controller::new(18);
    while !c.is_done() {
        c.step();
    }
    println!("{}", c.delta());
    c.reset();
    let f = hvac::Controller::factory();
    println!("{}", hvac::Controller::MAX);
    hvac::panel::force_reset(&mut c);
    println!("{}", f.is_done());
}
