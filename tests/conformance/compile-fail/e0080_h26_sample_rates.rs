// Audio resampler setup: the decimation factor collapses to zero for one profile.
mod rates {
    pub const INPUT_HZ: u32 = 48_000;
    pub const OUTPUT_HZ: u32 = 44_100;
    pub const VOICE_HZ: u32 = 8_000;
}

use rates::*;

const COMMON: u32 = 300;
const UP: u32 = OUTPUT_HZ / COMMON;
const DOWN: u32 = INPUT_HZ / COMMON;
const VOICE_DECIM: u32 = VOICE_HZ / INPUT_HZ;
const VOICE_STEP: u32 = INPUT_HZ / VOICE_DECIM;
const PHASES: u32 = UP % (DOWN - DOWN);

struct Resampler {
    up: u32,
    down: u32,
    phase: u32,
}

impl Resampler {
    fn new(up: u32, down: u32) -> Resampler {
        Resampler { up, down, phase: 0 }
    }

    fn advance(&mut self) -> u32 {
        self.phase += self.down;
        let whole = self.phase / self.up;
        self.phase %= self.up;
        whole
    }
}

fn main() {
    let mut r = Resampler::new(UP, DOWN);
    let mut consumed = 0;
    for _ in 0..10 {
        consumed += r.advance();
    }
    println!("consumed {} inputs for 10 outputs", consumed);
    println!("{} {}", VOICE_STEP, PHASES);
    let again = Resampler::new(UP);
    println!("{}", again.phase);
}
