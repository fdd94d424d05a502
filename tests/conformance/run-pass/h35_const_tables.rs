// A tiny audio mixer configured entirely by consts and statics.
const SAMPLE_RATE: u32 = 48_000;
const FRAME_MS: u32 = 10;
const FRAME_LEN: usize = (SAMPLE_RATE * FRAME_MS / 1000) as usize;
const CHANNELS: usize = 2;
const BUF_LEN: usize = FRAME_LEN * CHANNELS;
const HEADROOM_DB: i32 = -6;
const MASK: u32 = (1 << 12) - 1;
const FULL: u32 = u32::MAX.count_ones();
const SEED: u32 = 2_654_435_761u32.wrapping_mul(3);
const NAME: &str = "mixer-v2";
const NAME_LEN: usize = NAME.len();
const GAINS: [i32; 4] = [0, -3, -6, HEADROOM_DB * 2];
const LAST_GAIN: i32 = GAINS[GAINS.len() - 1];

static BUS_NAMES: [&str; 3] = ["main", "aux", "monitor"];
static DEFAULT_BUS: usize = 1;

struct Mixer {
    frame: [i16; FRAME_LEN],
    gains: [i32; GAINS.len()],
}

impl Mixer {
    const MAX_LEVEL: i16 = i16::MAX / 2;
    const LABEL_WIDTH: usize = NAME_LEN + 2;

    fn new() -> Mixer {
        Mixer { frame: [0; FRAME_LEN], gains: GAINS }
    }

    fn fill(&mut self) {
        let mut x = SEED;
        for i in 0..FRAME_LEN {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            let v = (x & MASK) as i16 - 2048;
            self.frame[i] = v.clamp(-Self::MAX_LEVEL, Self::MAX_LEVEL);
        }
    }

    fn peak(&self) -> i16 {
        let mut p = 0i16;
        for s in self.frame {
            p = p.max(s.abs());
        }
        p
    }
}

fn bus_name(i: usize) -> &'static str {
    if i < BUS_NAMES.len() { BUS_NAMES[i] } else { BUS_NAMES[DEFAULT_BUS] }
}

fn classify(level: i16) -> &'static str {
    const QUIET: i16 = 500;
    const LOUD: i16 = 1800;
    match level {
        i16::MIN..=-1 => "negative",
        0..=QUIET => "quiet",
        LOUD..=i16::MAX => "loud",
        _ => "normal",
    }
}

fn main() {
    let mut m = Mixer::new();
    m.fill();
    println!("{:>w$}| frame {} samples, buffer {}", NAME, FRAME_LEN, BUF_LEN, w = Mixer::LABEL_WIDTH);
    println!("mask {:#x} full {} seed {} last gain {}", MASK, FULL, SEED, LAST_GAIN);
    println!("peak {} ({})", m.peak(), classify(m.peak()));
    for i in 0..4 {
        println!("bus {} -> {} gain {}", i, bus_name(i), m.gains[i]);
    }
    let mut sum: i64 = 0;
    for s in &m.frame[..8] {
        sum += *s as i64;
        print!("{} ", classify(*s));
    }
    println!("\nsum {}", sum);
}
