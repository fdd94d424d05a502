// lints: overflowing_literals unused_parens unused_comparisons dead_code
// Audio level meter: literals that do not fit their types and a few leftover checks.
const SAMPLE_MAX: i16 = 32767;
const CLIP_LEVEL: i16 = 40000;
const FLOOR_DB: f32 = -1e50;

#[derive(Debug, Clone, Copy)]
struct Meter {
    peak: i16,
    clipped: u32,
    gain: u8,
}

impl Meter {
    fn new() -> Meter {
        Meter { peak: 0, clipped: 0, gain: 300 }
    }

    fn feed(&mut self, sample: i16) {
        let level = sample.saturating_abs();
        if level > self.peak {
            self.peak = level;
        }
        if (level >= SAMPLE_MAX) {
            self.clipped += 1;
        }
    }

    fn unused_reset(&mut self) {
        self.peak = 0;
    }
}

fn to_db(level: i16) -> f32 {
    if level <= 0 {
        return FLOOR_DB;
    }
    20.0 * (level as f32 / SAMPLE_MAX as f32).log10()
}

fn main() {
    let samples: [i16; 8] = [120, -4000, 32767, -32768, 15000, 0, 0x8000, 77];
    let mut m = Meter::new();
    for s in samples {
        m.feed(s);
    }
    let clipped: u32 = m.clipped;
    if clipped >= 0 {
        println!("clipped {} samples", clipped);
    }
    let pan: i8 = -129;
    let tiny: u8 = 256u16 as u8;
    println!("peak {} ({:.2} dB), gain {}, pan {}, tiny {}, clip {}", m.peak, to_db(m.peak), m.gain, pan, tiny, CLIP_LEVEL);
}
