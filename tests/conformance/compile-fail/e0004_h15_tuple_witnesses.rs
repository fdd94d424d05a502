// A traffic controller matching on pairs of states, with several combinations forgotten.
#[derive(Debug, Clone, Copy)]
enum Light {
    Red,
    Amber(u8),
    Green,
}

#[derive(Debug, Clone, Copy)]
enum Cmd {
    Go(u8),
    Stop,
}

struct Junction {
    open: bool,
    main: Light,
}

fn next(pair: (Cmd, Cmd)) -> u8 {
    match pair {
        (Cmd::Go(_), Cmd::Go(_)) => 1,
        (Cmd::Stop, _) => 2,
    }
}

fn both(lights: (Light, Light)) -> u8 {
    match lights {
        (Light::Red, Light::Red) => 0,
        (Light::Green, _) => 1,
    }
}

fn junction(j: &Junction) -> u8 {
    match j {
        Junction { open: true, main: Light::Red } => 0,
        Junction { open: false, main: Light::Amber(0) } => 1,
    }
}

fn timer(state: (bool, u8)) -> u8 {
    match state {
        (true, 5) => 1,
        (false, _) => 2,
    }
}

fn lane(light: Light) -> u8 {
    match light {
        Light::Amber(0..=9) => 1,
        Light::Green => 2,
    }
}

fn main() {
    let j = Junction { open: true, main: Light::Green };
    let a = next((Cmd::Go(1), Cmd::Stop));
    let b = both((Light::Amber(2), Light::Red));
    println!("{} {} {} {} {}", a, b, junction(&j), timer((true, 5)), lane(Light::Red));
}
