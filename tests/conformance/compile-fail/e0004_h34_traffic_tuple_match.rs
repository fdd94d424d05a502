// Intersection controller: matching on a tuple of two enums, missing one
// combination.

#[derive(Debug, Clone, Copy, PartialEq)]
enum Light {
    Red,
    Yellow,
    Green,
}

#[derive(Debug, Clone, Copy)]
enum Walk {
    Stop,
    Go,
}

fn conflict(main_road: Light, crossing: Walk) -> bool {
    match (main_road, crossing) {
        (Light::Green, Walk::Go) => true,
        (Light::Yellow, Walk::Go) => true,
        (Light::Red, _) => false,
        (_, Walk::Stop) => false,
    }
}

fn next(l: Light, w: Walk) -> (Light, Walk) {
    match (l, w) {
        (Light::Red, Walk::Go) => (Light::Red, Walk::Stop),
        (Light::Red, Walk::Stop) => (Light::Green, Walk::Stop),
        (Light::Green, Walk::Stop) => (Light::Yellow, Walk::Stop),
        (Light::Yellow, Walk::Stop) => (Light::Red, Walk::Go),
    }
}

fn main() {
    let mut state = (Light::Red, Walk::Go);
    for _ in 0..5 {
        state = next(state.0, state.1);
        println!("{:?} conflict={}", state, conflict(state.0, state.1));
    }
}
