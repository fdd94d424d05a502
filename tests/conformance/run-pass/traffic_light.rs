// A traffic light state machine driven by a fixed schedule of ticks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Light {
    Red,
    RedAmber,
    Green,
    Amber,
}

impl Light {
    fn duration(self) -> u32 {
        match self {
            Light::Red => 4,
            Light::RedAmber => 1,
            Light::Green => 5,
            Light::Amber => 2,
        }
    }

    fn next(self) -> Light {
        match self {
            Light::Red => Light::RedAmber,
            Light::RedAmber => Light::Green,
            Light::Green => Light::Amber,
            Light::Amber => Light::Red,
        }
    }

    fn may_drive(self) -> bool {
        matches_green(self)
    }
}

fn matches_green(light: Light) -> bool {
    light == Light::Green
}

struct Junction {
    light: Light,
    remaining: u32,
    cars_passed: u32,
}

fn main() {
    let mut junction = Junction { light: Light::Red, remaining: Light::Red.duration(), cars_passed: 0 };
    let arrivals = [1, 0, 2, 1, 0, 0, 3, 1, 1, 0, 2, 0, 1, 1, 0, 0];
    let mut queue = 0u32;
    for (tick, arriving) in arrivals.iter().enumerate() {
        queue += arriving;
        if junction.light.may_drive() && queue > 0 {
            queue -= 1;
            junction.cars_passed += 1;
        }
        println!("t={:02} {:?} queue={} passed={}", tick, junction.light, queue, junction.cars_passed);
        junction.remaining -= 1;
        if junction.remaining == 0 {
            junction.light = junction.light.next();
            junction.remaining = junction.light.duration();
        }
    }
    println!("final light {:?}, {} cars still waiting", junction.light, queue);
}
