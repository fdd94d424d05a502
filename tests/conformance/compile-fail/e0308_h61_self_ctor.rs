// constructor returning the wrong struct
#[derive(Debug, Default)]
struct Config {
    retries: u8,
    verbose: bool,
}

#[derive(Debug, Default)]
struct Limits {
    retries: u8,
    timeout_ms: u32,
}

impl Config {
    fn quiet() -> Self {
        Limits { retries: 3, timeout_ms: 100 }
    }

    fn with_retries(n: u8) -> Config {
        let base = Limits::default();
        Config { verbose: true, ..base }
    }
}

fn main() {
    println!("{:?} {:?}", Config::quiet(), Config::with_retries(2));
}
