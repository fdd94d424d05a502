#[derive(Debug, Clone, Copy, PartialEq)]
enum Light {
    Red,
    Amber,
    Green,
}

fn advance(ns: Light, ew: Light) -> (Light, Light) {
    match (ns, ew) {
        (Light::Green, Light::Red) => (Light::Amber, Light::Red),
        (Light::Amber, Light::Red) => (Light::Red, Light::Green),
        (Light::Red, Light::Green) => (Light::Red, Light::Amber),
        (Light::Red, Light::Amber) => (Light::Green, Light::Red),
        (Light::Red, Light::Red) => (Light::Green, Light::Red),
        (_, _) => (Light::Red, Light::Red),
    }
}

fn conflicting(pair: &(Light, Light)) -> bool {
    matches_conflict(pair.0, pair.1)
}

fn matches_conflict(a: Light, b: Light) -> bool {
    match (a, b) {
        (Light::Green | Light::Amber, Light::Green | Light::Amber) => true,
        _ => false,
    }
}

fn main() {
    let mut state = (Light::Red, Light::Red);
    for tick in 0..6 {
        state = advance(state.0, state.1);
        println!("{} {:?} conflict={}", tick, state, conflicting(&state));
    }
    println!("{}", matches_conflict(Light::Green, Light::Amber));
}
