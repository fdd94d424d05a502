// `->` used in a match arm instead of `=>`.
#[derive(Clone, Copy)]
enum Light {
    Red,
    Yellow,
    Green,
}

fn next(l: Light) -> Light {
    match l {
        Light::Red -> Light::Green,
        Light::Green => Light::Yellow,
        Light::Yellow => Light::Red,
    }
}

fn main() {
    let mut l = Light::Red;
    for _ in 0..4 {
        l = next(l);
    }
    let n = l as u8;
    println!("{}", n);
}
