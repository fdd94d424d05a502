// Name resolution: nested modules, re-exports, globs, renames, shadowing and pub(in path).
mod util {
    pub mod math {
        pub fn gcd(mut a: u64, mut b: u64) -> u64 {
            while b != 0 {
                let t = a % b;
                a = b;
                b = t;
            }
            a
        }

        pub(in crate::util) fn lcm(a: u64, b: u64) -> u64 {
            a / gcd(a, b) * b
        }

        pub const LIMIT: u64 = 1_000;
    }

    pub mod text {
        pub fn is_vowel(c: char) -> bool {
            matches_vowel(c.to_ascii_lowercase())
        }

        fn matches_vowel(c: char) -> bool {
            match c {
                'a' | 'e' | 'i' | 'o' | 'u' => true,
                _ => false,
            }
        }
    }

    pub use self::math::{gcd as greatest_common_divisor, LIMIT};
    pub use text::*;

    pub fn lcm_capped(a: u64, b: u64) -> u64 {
        math::lcm(a, b).min(LIMIT)
    }

    pub mod nested {
        pub fn double_gcd(a: u64, b: u64) -> u64 {
            super::math::gcd(a, b) * 2
        }

        pub fn root_answer() -> u32 {
            crate::answer()
        }
    }
}

mod shapes {
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub enum Kind {
        Square,
        Line,
    }

    pub use self::Kind::*;

    pub fn sides(k: Kind) -> u32 {
        match k {
            Square => 4,
            Line => 1,
        }
    }
}

use shapes::{sides, Kind};
use util::nested::{self, double_gcd};
use util::{greatest_common_divisor, is_vowel, lcm_capped};

fn answer() -> u32 {
    42
}

fn main() {
    println!("gcd {}", greatest_common_divisor(84, 36));
    println!("lcm {}", lcm_capped(21, 6));
    println!("lcm capped {}", lcm_capped(999, 998));
    println!("double {}", double_gcd(10, 4));
    println!("root {}", nested::root_answer());
    let word = ['r', 'U', 's', 't'];
    let mut vowels = 0;
    for c in word {
        if is_vowel(c) {
            vowels += 1;
        }
    }
    println!("vowels {}", vowels);
    let k = Kind::Square;
    println!("{:?} has {} sides; line has {}", k, sides(k), sides(shapes::Line));
    {
        fn answer() -> u32 {
            7
        }
        println!("inner answer {} outer {}", answer(), crate::answer());
    }
    let limit = util::LIMIT;
    println!("limit {}", limit);
}
