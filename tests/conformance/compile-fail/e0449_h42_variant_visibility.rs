// Visibility: enum variants are as public as the enum; `pub` on a variant is an error.
mod traffic {
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub enum Light {
        // mistake: visibility on a variant
        pub Red,
        Yellow,
        Green,
    }

    pub fn next(l: Light) -> Light {
        match l {
            Light::Red => Light::Green,
            Light::Green => Light::Yellow,
            Light::Yellow => Light::Red,
        }
    }
}

use traffic::Light;

fn main() {
    let mut l = Light::Red;
    for _ in 0..4 {
        println!("{:?}", l);
        l = traffic::next(l);
    }
    assert!(l == Light::Green);
}
