// Importing a module together with some of its items.
mod audio {
    pub mod mixer {
        pub fn gain(x: i32) -> i32 {
            x / 2
        }
        pub fn mute() -> i32 {
            0
        }
    }
    pub mod filters {
        pub fn lowpass(x: i32) -> i32 {
            x - x / 4
        }
    }
}

use audio::mixer::{self, gain};
use audio::filters::{self as flt, lowpass, highpass};

fn main() {
    let a = gain(100);
    let b = mixer::mute();
    let c = flt::lowpass(a) + lowpass(b);
    println!("{} {} {}", a, b, c);
}
