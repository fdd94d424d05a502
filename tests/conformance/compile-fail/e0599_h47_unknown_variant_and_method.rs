// Unknown enum variants and methods on a traffic light controller.
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
        match *self {
            Light::Red => 30,
            Light::Yellow => 5,
            Light::Green => 25,
        }
    }
}

struct Junction {
    north: Light,
    east: Light,
}

impl Junction {
    fn tick(&mut self) {
        self.north = self.north.next();
        self.east = self.east.next();
    }
}

fn main() {
    let mut j = Junction { north: Light::Red, east: Light::Green };
    j.tick();
    if j.north == Light::Amber {
        println!("amber");
    }
    println!("{}", j.east.duration());
    j.reset();
    println!("{:?} {}", j.north, j.north.seconds());
}
