// Enums as a state machine; match returning values; impl on enum.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Light {
    Red,
    Yellow,
    Green,
    Blinking { times: u8 },
}

impl Light {
    fn next(self) -> Light {
        match self {
            Light::Red => Light::Green,
            Light::Green => Light::Yellow,
            Light::Yellow => Light::Red,
            Light::Blinking { times: 0 } => Light::Red,
            Light::Blinking { times } => Light::Blinking { times: times - 1 },
        }
    }

    fn duration(&self) -> u32 {
        match *self {
            Light::Red => 30,
            Light::Yellow => 5,
            Light::Green => 25,
            Light::Blinking { .. } => 1,
        }
    }

    fn can_go(&self) -> bool {
        matches_go(self)
    }
}

fn matches_go(light: &Light) -> bool {
    if let Light::Green = light {
        true
    } else {
        false
    }
}

fn main() {
    let mut light = Light::Blinking { times: 2 };
    let mut elapsed = 0;
    let mut cycles = 0;
    while cycles < 8 {
        elapsed += light.duration();
        println!(
            "{:>2}: {:?} for {}s (go: {})",
            cycles,
            light,
            light.duration(),
            light.can_go()
        );
        light = light.next();
        cycles += 1;
    }
    println!("elapsed {elapsed}s, ends at {:?}", light);
    let same = light == Light::Green;
    println!("is green: {same}");
}
