// lints: unreachable_patterns
#[derive(Clone, Copy, Debug)]
enum Light {
    Red,
    Yellow,
    Green,
}

fn next(cur: Light, emergency: bool) -> Light {
    match (cur, emergency) {
        (_, true) => Light::Red,
        (Light::Red, false) => Light::Green,
        (Light::Green, false) => Light::Yellow,
        (Light::Yellow, false) => Light::Red,
        (Light::Green, true) => Light::Red,
    }
}

fn main() {
    let mut l = Light::Red;
    for i in 0..5 {
        l = next(l, i == 3);
        println!("{:?}", l);
    }
}
