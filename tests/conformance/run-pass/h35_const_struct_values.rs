// Consts of struct and enum type used as defaults and presets.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Wave {
    Sine,
    Square,
    Saw,
}

#[derive(Debug, Clone, Copy)]
struct Voice {
    wave: Wave,
    freq_hz: u32,
    gain_pct: u8,
}

const A4: u32 = 440;
const DEFAULT_VOICE: Voice = Voice { wave: Wave::Sine, freq_hz: A4, gain_pct: 80 };
const BASS: Voice = Voice { freq_hz: A4 / 4, wave: Wave::Square, ..DEFAULT_VOICE };
const PRESETS: [Voice; 3] = [DEFAULT_VOICE, BASS, Voice { wave: Wave::Saw, freq_hz: A4 * 2, gain_pct: 50 }];
static MASTER: Voice = Voice { gain_pct: 100, ..DEFAULT_VOICE };

impl Voice {
    const SILENT: Voice = Voice { gain_pct: 0, ..DEFAULT_VOICE };

    fn octave_up(self) -> Voice {
        Voice { freq_hz: self.freq_hz * 2, ..self }
    }

    fn loudness(&self) -> u32 {
        self.gain_pct as u32 * MASTER.gain_pct as u32 / 100
    }
}

fn main() {
    for v in PRESETS {
        println!("{:?} {} Hz gain {} loud {}", v.wave, v.freq_hz, v.gain_pct, v.loudness());
    }
    let up = BASS.octave_up().octave_up();
    println!("{:?}", up);
    println!("{} {}", Voice::SILENT.loudness(), PRESETS[2].wave == Wave::Saw);
    let mut v = DEFAULT_VOICE;
    v.gain_pct -= 30;
    println!("{} {}", v.gain_pct, DEFAULT_VOICE.gain_pct);
}
