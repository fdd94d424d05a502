// Reusing an import that a module made for itself.
mod math {
    pub fn gcd(a: u64, b: u64) -> u64 {
        if b == 0 { a } else { gcd(b, a % b) }
    }
}

mod fractions {
    use crate::math::gcd;

    #[derive(Debug, Clone, Copy)]
    pub struct Frac {
        pub num: u64,
        pub den: u64,
    }

    pub fn reduce(f: Frac) -> Frac {
        let g = gcd(f.num, f.den);
        Frac { num: f.num / g, den: f.den / g }
    }
}

use fractions::{gcd, reduce, Frac};

fn main() {
    let f = reduce(Frac { num: 12, den: 18 });
    println!("{:?} {}", f, gcd(40, 60));
}
