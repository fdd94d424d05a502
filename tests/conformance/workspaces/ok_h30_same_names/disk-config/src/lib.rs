// Disk settings, with the same item names as the network crate.
pub mod layout;

pub use layout::Mode;

#[derive(Debug, Clone, Copy)]
pub struct Config {
    pub mode: Mode,
    pub size_gb: u32,
}

impl Config {
    pub const DEFAULT: Config = Config { mode: Mode::Gpt, size_gb: 64 };
}

pub fn validate(c: &Config) -> bool {
    c.size_gb >= layout::MIN_GB
}
