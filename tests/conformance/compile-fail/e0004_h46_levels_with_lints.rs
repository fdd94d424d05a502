// A missing match arm in a state machine, plus style and liveness warnings.
#[derive(Clone, Copy, Debug)]
enum Light {
    Red,
    Amber,
    Green,
    flashing,
}

fn next(l: Light) -> Light {
    match l {
        Light::Red => Light::Green,
        Light::Green => Light::Amber,
        Light::Amber => Light::Red,
    }
}

fn wait_time(l: Light) -> u32 {
    let mut base = 10;
    match l {
        Light::Red => 30,
        Light::Amber => 5,
        Light::Green => 25,
        Light::flashing => 0,
        _ => 1,
    }
}

fn main() {
    let mut l = Light::Red;
    for _ in 0..4 {
        println!("{:?} {}", l, wait_time(l));
        l = next(l);
    }
    let Unused = 1;
}
