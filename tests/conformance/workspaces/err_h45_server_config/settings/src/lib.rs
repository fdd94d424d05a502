// Server configuration with a few fields kept internal.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Mode {
    Development,
    Production,
}

#[derive(Debug, Clone, Copy)]
pub struct Config {
    pub port: u16,
    pub workers: u8,
    pub mode: Mode,
    secret_key: u64,
    pub(crate) retries: u8,
}

pub const DEFAULT: Config = Config {
    port: 8080,
    workers: 4,
    mode: Mode::Development,
    secret_key: 0xDEAD_BEEF,
    retries: 3,
};

#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub max_body: u32,
    pub timeout_ms: u32,
}

impl Config {
    pub fn production(port: u16) -> Config {
        Config { port, mode: Mode::Production, ..DEFAULT }
    }

    pub fn key_hint(&self) -> u64 {
        self.secret_key & 0xFF
    }
}
