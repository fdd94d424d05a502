// Configuration presets built with struct update syntax and Default.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Config {
    threads: u32,
    verbose: bool,
    timeout_ms: u64,
    retries: u8,
    ratio: f32,
}

const FAST: Config = Config { threads: 8, verbose: false, timeout_ms: 250, retries: 0, ratio: 0.5 };

fn describe(c: &Config) {
    println!("threads={} verbose={} timeout={}ms retries={} ratio={}", c.threads, c.verbose, c.timeout_ms, c.retries, c.ratio);
}

fn main() {
    let base = Config::default();
    let debug = Config { verbose: true, retries: 3, ..base };
    let fast_debug = Config { verbose: true, ..FAST };
    let tuned = Config { timeout_ms: debug.timeout_ms + 1000, ..fast_debug };
    for c in [base, debug, FAST, fast_debug, tuned] {
        describe(&c);
    }
    println!("{:#?}", tuned);
    println!("base == default: {}", base == Config::default());
    let Config { threads, ratio, .. } = tuned;
    println!("threads * ratio = {}", threads as f32 * ratio);
}
