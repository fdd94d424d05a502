// Event::Reset removed, handle's arm and the script still use it
#[derive(Debug, Clone, Copy, PartialEq)]
enum Light {
    Red,
    Green,
    Yellow,
}

#[derive(Debug, Clone, Copy)]
enum Event {
    Tick,
    Emergency,
}

struct Controller {
    state: Light,
    ticks_in_state: u32,
    emergencies: u32,
}

const RED_TICKS: u32 = 4;
const GREEN_TICKS: u32 = 3;
const YELLOW_TICKS: u32 = 1;

fn duration(light: Light) -> u32 {
    match light {
        Light::Red => RED_TICKS,
        Light::Green => GREEN_TICKS,
        Light::Yellow => YELLOW_TICKS,
    }
}

fn next_light(light: Light) -> Light {
    match light {
        Light::Red => Light::Green,
        Light::Green => Light::Yellow,
        Light::Yellow => Light::Red,
    }
}

impl Controller {
    fn new() -> Controller {
        Controller { state: Light::Red, ticks_in_state: 0, emergencies: 0 }
    }

    fn handle(&mut self, event: Event) {
        match event {
            Event::Tick => {
                self.ticks_in_state += 1;
                if self.ticks_in_state >= duration(self.state) {
                    self.state = next_light(self.state);
                    self.ticks_in_state = 0;
                }
            }
            Event::Emergency => {
                self.state = Light::Red;
                self.ticks_in_state = 0;
                self.emergencies += 1;
            }
            Event::Reset => {
                *self = Controller::new();
            }
        }
    }
}

fn main() {
    let mut c = Controller::new();
    let script = [
        Event::Tick, Event::Tick, Event::Tick, Event::Tick,
        Event::Tick, Event::Emergency, Event::Tick, Event::Reset,
    ];
    for (step, ev) in script.iter().enumerate() {
        c.handle(*ev);
        println!("step {}: {:?} after {:?} ({} ticks)", step, c.state, ev, c.ticks_in_state);
    }
    println!("emergencies: {}", c.emergencies);
}
