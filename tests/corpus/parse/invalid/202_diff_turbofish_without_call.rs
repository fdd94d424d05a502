// A turbofish method call whose `()` was forgotten: `parse::<u16>` is not a call.
use std::env;

struct Config {
    host: String,
    port: u16,
}

fn load() -> Config {
    let host = env::var("HOST").unwrap_or_else(|_| "localhost".to_string());
    let raw = env::var("PORT").unwrap_or_default();
    let port = raw.trim().parse::<u16>.unwrap_or(8080);
    Config { host, port }
}

fn main() {
    let config = load();
    println!("{}:{}", config.host, config.port);
}
