// Constants and statics: global limits, a static string, use in functions.
static LANGUAGE: &str = "Rust";
const THRESHOLD: i32 = 10;
const LIMITS: [i32; 3] = [5, 10, 20];
static GREETING: &'static str = "hello";
const MAX_RETRIES: u8 = 3;

fn is_big(n: i32) -> bool {
    n > THRESHOLD
}

fn bucket(n: i32) -> usize {
    let mut i = 0;
    while i < LIMITS.len() {
        if n <= LIMITS[i] {
            return i;
        }
        i += 1;
    }
    LIMITS.len()
}

struct Config;

impl Config {
    const DEFAULT_PORT: u16 = 8080;
    const NAME: &'static str = "server";
}

fn main() {
    let n = 16;
    println!("This is {} ({})", LANGUAGE, GREETING);
    println!("The threshold is {}", THRESHOLD);
    println!("{} is {}", n, if is_big(n) { "big" } else { "small" });
    for v in [1, 7, 12, 50] {
        println!("{} goes in bucket {}", v, bucket(v));
    }
    let mut attempt = 0u8;
    while attempt < MAX_RETRIES {
        attempt += 1;
        println!("attempt {} of {}", attempt, MAX_RETRIES);
    }
    println!("{} listens on {}", Config::NAME, Config::DEFAULT_PORT);
}
