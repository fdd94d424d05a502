use settings::{Config, Limits, Mode, DEFAULT};

fn start(cfg: Config, limits: Limits) {
    println!("listening on {} with {} workers ({:?})", cfg.port, cfg.workers, cfg.mode);
    println!("body <= {} bytes, timeout {} ms", limits.max_body, limits.timeout_ms);
}

fn main() {
    let dev = Config { port: 3000, ..DEFAULT };
    let custom = Config {
        port: 9000,
        workers: 16,
        mode: Mode::Production,
        secret_key: 42,
        retries: 5,
    };
    let Config { port, secret_key, .. } = Config::production(443);
    let Config { workers, mode, .. } = dev;
    let limits = Limits { max_body: 1 << 20, timeout_ms: 30_000 };
    let unused_limit = Limits { max_body: 0, timeout_ms: 0 };
    println!("{} {} {:?} {}", port, workers, mode, secret_key);
    start(dev, limits);
    start(custom, limits);
    println!("hint {}", custom.key_hint());
}
