// The studio wraps the mixer crate in a local module of the same name.
mod mixer {
    pub fn volume() -> f32 {
        ::mixer::volume() * 0.5
    }

    pub fn boost(v: f32) -> f32 {
        v * 2.0
    }
}

use mixer::Channel;
use ::mixer::MAX_CHANNELS;
use self::mixer::boost;

fn main() {
    let mut desk = [Channel { gain: 0.5, muted: false }; MAX_CHANNELS];
    desk[2].muted = true;
    println!("mix {:.3}", ::mixer::mix(&desk));
    println!("local volume {:.2}", mixer::volume());
    println!("boosted {:.2}", boost(mixer::volume()));
    println!("crate mix {:.3}", mixer::mix(&desk));
}
