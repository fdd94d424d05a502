// lints: unused_imports dead_code
// Modules re-used through `self`, globs and nested groups, half of it stale.
mod audio {
    pub mod codec {
        pub fn encode(x: i16) -> u8 {
            (x >> 8) as u8
        }
        pub fn decode(b: u8) -> i16 {
            (b as i16) << 8
        }
        pub const RATE: u32 = 44_100;
    }
    pub mod mixer {
        pub fn mix(a: i16, b: i16) -> i16 {
            a.saturating_add(b)
        }
        pub fn gain(a: i16) -> i16 {
            a / 2
        }
    }
    pub use self::codec::RATE;
}

use audio::codec::{self, decode};
use audio::mixer::{self as mx, gain};
use audio::mixer::*;
use audio::{codec::encode, mixer, RATE};

mod player {
    use super::audio::*;
    use super::audio::codec::{decode, encode as enc};

    pub fn play(s: i16) -> u8 {
        enc(mixer::gain(s))
    }
}

fn main() {
    let s = mix(1000, 2000);
    println!("{}", codec::encode(s));
    println!("{}", player::play(s));
    println!("{}", encode(gain(s)));
    println!("{}", RATE);
}
