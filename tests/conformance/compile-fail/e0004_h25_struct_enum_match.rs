// A traffic controller matching on structs and tuples of enums.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Light {
    Red,
    Amber,
    Green,
}

#[derive(Debug, Clone, Copy)]
enum Mode {
    Day,
    Night,
}

#[derive(Debug, Clone, Copy)]
struct Junction {
    north: Light,
    east: Light,
    mode: Mode,
}

fn action(j: Junction) -> &'static str {
    match j {
        Junction { north: Light::Green, east: Light::Green, .. } => "crash risk",
        Junction { north: Light::Red, east: Light::Red, mode: Mode::Night } => "all stop",
        Junction { north: Light::Red, .. } => "east flows",
        Junction { east: Light::Red, .. } => "north flows",
        Junction { north: Light::Amber, east: Light::Amber, .. } => "blink",
    }
}

fn next(pair: (Light, Mode)) -> Light {
    match pair {
        (Light::Red, _) => Light::Green,
        (Light::Green, Mode::Day) => Light::Amber,
        (l @ Light::Amber, m) if matches_day(m) => l,
        (Light::Amber, Mode::Night) => Light::Red,
    }
}

fn matches_day(m: Mode) -> bool {
    match m {
        Mode::Day => true,
        Mode::Night => false,
    }
}

fn main() {
    let j = Junction { north: Light::Red, east: Light::Green, mode: Mode::Day };
    println!("{}", action(j));
    println!("{:?}", next((Light::Green, Mode::Night)));
    let Junction { north, mode: Mode::Day, .. } = j;
    println!("{:?}", north);
}
