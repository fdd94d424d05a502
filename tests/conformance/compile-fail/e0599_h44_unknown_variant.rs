// Unknown enum variants in patterns and expressions.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Light {
    Red,
    Yellow,
    Green,
}

fn next(l: Light) -> Light {
    match l {
        Light::Red => Light::Green,
        Light::Green => Light::Amber,
        Light::Yellow => Light::Red,
    }
}

fn duration(l: Light) -> u32 {
    match l {
        Light::Red => 30,
        Light::Amber => 5,
        Light::Green => 25,
    }
}

fn is_stop(l: Light) -> bool {
    if let Light::Blinking = l {
        return false;
    }
    l == Light::Red || l == Light::Yellow
}

fn main() {
    let mut l = Light::Red;
    let mut t = 0;
    for _ in 0..5 {
        t += duration(l);
        l = next(l);
    }
    let s: &str = t;
    println!("{} {:?} {}", s, l, is_stop(l));
}
