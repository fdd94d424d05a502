// A traffic-light state machine: calls a variant and a method that the enum does not have.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Light {
    Red,
    Yellow,
    Green,
}

impl Light {
    fn next(self) -> Light {
        match self {
            Light::Red => Light::Green,
            Light::Green => Light::Yellow,
            Light::Yellow => Light::Red,
        }
    }

    fn seconds(&self) -> u32 {
        match self {
            Light::Red => 30,
            Light::Yellow => 5,
            Light::Green => 25,
        }
    }
}

fn simulate(start: Light, steps: u32) -> u32 {
    let mut light = start;
    let mut elapsed = 0;
    for _ in 0..steps {
        elapsed += light.seconds();
        light = light.next();
    }
    elapsed
}

fn main() {
    let start = Light::Red;
    println!("ten steps take {} s", simulate(start, 10));
    let blink = Light::FlashingYellow;
    let previous = start.prev();
    println!("{:?} {:?}", blink, previous);
}
