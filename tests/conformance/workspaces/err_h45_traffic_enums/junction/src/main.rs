use signals::Sensor::{self, Car, Pedestrian};
use signals::{Light, Priority};

fn seconds(light: Light) -> u32 {
    match light {
        Light::Red => 30,
        Light::Green => 25,
        Light::Amber => 4,
    }
}

fn react(sensor: Sensor) -> Priority {
    match sensor {
        Sensor::Idle => Priority::Low,
        Car { lane: 0 } => Priority::Normal,
        Car { lane } if lane > 2 => Priority::Low,
        Pedestrian(n) if n > 5 => Priority::Emergency,
        Pedestrian(_) => Priority::Normal,
        Sensor::Fault(_) => Priority::Emergency,
    }
}

fn describe(light: &Light) -> &'static str {
    match *light {
        signals::Red | signals::FlashingAmber => "stop",
        signals::Green => "go",
        signals::Amber => "slow",
        signals::Red => "unreachable red",
    }
}

fn main() {
    let mut light = Light::Red;
    for _ in 0..5 {
        println!("{:?} for {}s: {}", light, seconds(light), describe(&light));
        light = light.next();
    }
    let p = react(Car { lane: 1 });
    let level = p as i32 + Priority::Emergency as i32;
    let (a, b) = (Sensor::Idle, Priority::Normal);
    let Pedestrian(count) = Sensor::Pedestrian(3);
    println!("{:?} {} {:?} {:?} {}", p, level, a, b, count);
    println!("{}", Priority::Low < Priority::Normal);
}
