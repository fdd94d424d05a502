// Module mistakes: two imports of the same name, and a second definition of an existing item.
mod audio {
    pub fn play(track: u32) {
        println!("audio track {}", track);
    }
}

mod video {
    pub fn play(track: u32) {
        println!("video track {}", track);
    }
}

use audio::play;
// mistake 1: `play` is already imported
use video::play;

fn volume(level: u8) -> u8 {
    level.min(10)
}

// mistake 2: volume is defined twice
fn volume(level: u8) -> u8 {
    level
}

fn main() {
    play(3);
    println!("{}", volume(12));
}
