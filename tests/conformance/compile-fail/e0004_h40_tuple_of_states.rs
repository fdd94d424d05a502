#[derive(Clone, Copy, PartialEq, Debug)]
enum Light {
    Red,
    Yellow,
    Green,
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Walk {
    Stop,
    Go,
}

fn next(light: Light, walk: Walk) -> (Light, Walk) {
    match (light, walk) {
        (Light::Red, Walk::Stop) => (Light::Red, Walk::Go),
        (Light::Red, Walk::Go) => (Light::Green, Walk::Stop),
        (Light::Green, _) => (Light::Yellow, Walk::Stop),
        (Light::Yellow, Walk::Stop) => (Light::Red, Walk::Stop),
    }
}

fn is_safe(pair: (bool, bool, bool)) -> bool {
    match pair {
        (true, _, _) => false,
        (false, true, true) => true,
        (false, false, _) => true,
    }
}

fn main() {
    let mut state = (Light::Red, Walk::Stop);
    for _ in 0..5 {
        state = next(state.0, state.1);
        println!("{:?}", state);
    }
    println!("{}", is_safe((false, true, false)));
}
