// Matching on enum variants without importing them binds new names instead.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Light {
    Red,
    Amber,
    Green,
}

fn next(l: Light) -> Light {
    match l {
        Light::Red => Light::Green,
        Light::Green => Light::Amber,
        Light::Amber => Light::Red,
    }
}

fn wait_time(l: Light) -> u32 {
    match l {
        Red => 30,
        Amber => 5,
        _ => 0,
    }
}

fn is_go(l: Light) -> bool {
    use Light::*;
    match l {
        Green => true,
        Red | Amber => false,
    }
}

fn main() {
    let l = next(Light::Red);
    println!("{} {} {:?}", wait_time(l), is_go(l), l);
}
