use config::{Settings, Verbosity, PRESETS};
use tables::{GAMMA_STEPS, POPCOUNT, SQUARES};

fn describe(name: &str, s: &Settings) {
    let noisy = match s.verbosity {
        Verbosity::Quiet => 0,
        Verbosity::Normal => 1,
        Verbosity::Loud => 2,
    };
    println!(
        "{:<8} verbosity={:?}({}) threads={} ratio={:.2} dry_run={} rev={}",
        name, s.verbosity, noisy, s.threads, s.ratio, s.dry_run, s.revision()
    );
}

fn main() {
    let base = Settings::default().with_threads(Settings::DEFAULT_THREADS);
    describe("default", &base);
    let mut current = base;
    for (name, preset) in PRESETS.iter() {
        describe(name, preset);
        current = preset.bumped();
    }
    describe("current", &current.bumped());
    assert_eq!(Verbosity::default(), Verbosity::Normal);
    let mut bits = 0u32;
    for b in [0x00u8, 0x0F, 0xFF, 0xA5] {
        bits += POPCOUNT[b as usize] as u32;
    }
    println!("popcount sum {} squares {:?} steps {}", bits, &SQUARES[..6], GAMMA_STEPS);
}
