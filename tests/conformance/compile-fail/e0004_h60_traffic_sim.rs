#[derive(Debug, Clone, Copy, PartialEq)]
enum Light {
    Red,
    Yellow,
    Green,
    FlashingRed,
}

#[derive(Debug)]
enum Vehicle {
    Car { speed: u32 },
    Truck { speed: u32, load: u32 },
    Bike(u32),
}

fn next(l: Light) -> Light {
    match l {
        Light::Red => Light::Green,
        Light::Green => Light::Yellow,
        Light::Yellow => Light::Red,
    }
}

fn can_go(l: Light, v: &Vehicle) -> bool {
    match (l, v) {
        (Light::Green, _) => true,
        (Light::Yellow, Vehicle::Bike(_)) => true,
        (Light::Red, _) => false,
    }
}

fn speed(v: &Vehicle) -> u32 {
    match v {
        Vehicle::Car { speed } => *speed,
        Vehicle::Truck { speed, .. } => *speed,
        Vehicle::Bike(s) if *s > 0 => *s,
    }
}

fn describe(n: u8) -> &'static str {
    match n {
        0 => "none",
        1..=9 => "few",
        10..=99 => "many",
    }
}

fn main() {
    let mut l = Light::Red;
    for _ in 0..5 {
        l = next(l);
        println!("{:?}", l);
    }
    let v = Vehicle::Truck { speed: 40, load: 3 };
    println!("{}", can_go(l, &v));
    println!("{}", speed(&v));
    println!("{}", describe(12));
    let Vehicle::Car { speed } = v;
    println!("{}", speed);
    let unused_light = Light::FlashingRed;
}
