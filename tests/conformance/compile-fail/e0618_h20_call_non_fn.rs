// A thermostat: a number, a unit struct and a unit variant are called like functions.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Mode {
    Off,
    Heat(i32),
    Cool(i32),
}

#[derive(Debug, Clone, Copy)]
struct Idle;

struct Thermostat {
    mode: Mode,
    current: i32,
}

impl Thermostat {
    fn step(&mut self) {
        match self.mode {
            Mode::Heat(target) if self.current < target => self.current += 1,
            Mode::Cool(target) if self.current > target => self.current -= 1,
            _ => {}
        }
    }
}

fn main() {
    let tolerance = 2;
    let mut t = Thermostat { mode: Mode::Heat(21), current: 18 };
    for _ in 0..5 {
        t.step();
    }
    let diff = tolerance(t.current);
    let waiting = Idle();
    t.mode = Mode::Off();
    println!("{} {:?} {:?}", diff, waiting, t.mode);
}
