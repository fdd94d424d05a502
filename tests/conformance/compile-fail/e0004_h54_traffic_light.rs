// Traffic light controller: an enum state machine with timed transitions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Light {
    Red,
    RedAmber,
    Green,
    Amber,
    FlashingAmber,
}

#[derive(Debug, Clone, Copy)]
enum Event {
    Tick,
    Fault,
    Reset,
}

struct Controller {
    state: Light,
    elapsed: u32,
    cycles: u32,
}

impl Controller {
    fn new() -> Self {
        Controller { state: Light::Red, elapsed: 0, cycles: 0 }
    }

    fn duration(light: Light) -> u32 {
        match light {
            Light::Red => 30,
            Light::RedAmber => 2,
            Light::Green => 25,
            Light::Amber => 3,
        }
    }

    fn next(light: Light) -> Light {
        match light {
            Light::Red => Light::RedAmber,
            Light::RedAmber => Light::Green,
            Light::Green => Light::Amber,
            Light::Amber => Light::Red,
            Light::FlashingAmber => Light::FlashingAmber,
        }
    }

    fn handle(&mut self, ev: Event) {
        match ev {
            Event::Tick => {
                if self.state == Light::FlashingAmber {
                    return;
                }
                self.elapsed += 1;
                if self.elapsed >= Controller::duration(self.state) {
                    self.state = Controller::next(self.state);
                    self.elapsed = 0;
                    if self.state == Light::Red {
                        self.cycles += 1;
                    }
                }
            }
            Event::Fault => self.state = Light::FlashingAmber,
            Event::Reset => *self = Controller::new(),
        }
    }
}

fn main() {
    let mut c = Controller::new();
    for t in 0..200 {
        let ev = if t == 150 { Event::Fault } else { Event::Tick };
        c.handle(ev);
        if t % 20 == 0 {
            println!("t={:>3} {:?} ({}s)", t, c.state, c.elapsed);
        }
    }
    println!("cycles completed: {}", c.cycles);
    c.handle(Event::Reset);
    println!("after reset: {:?}", c.state);
}
