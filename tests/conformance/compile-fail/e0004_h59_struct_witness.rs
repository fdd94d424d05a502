#[derive(Debug, Clone, Copy)]
enum Mode {
    Fast,
    Safe,
    Debug,
}

#[derive(Debug, Clone, Copy)]
struct Config {
    mode: Mode,
    threads: u8,
    verbose: bool,
}

fn describe(c: Config) -> &'static str {
    match c {
        Config { mode: Mode::Fast, .. } => "fast",
        Config { mode: Mode::Safe, verbose: true, .. } => "safe, chatty",
        Config { mode: Mode::Debug, threads: 1, .. } => "debug single",
        Config { mode: Mode::Debug, threads: 2..=255, .. } => "debug multi",
    }
}

fn main() {
    let c = Config { mode: Mode::Safe, threads: 4, verbose: false };
    println!("{}", describe(c));
}
