// Network settings: its `Config` and `Mode` clash with the disk crate's on purpose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Dhcp,
    Static,
}

#[derive(Debug, Clone, Copy)]
pub struct Config {
    pub mode: Mode,
    pub mtu: u16,
}

impl Config {
    pub const DEFAULT: Config = Config { mode: Mode::Dhcp, mtu: 1500 };

    pub fn describe(&self) -> &'static str {
        match self.mode {
            Mode::Dhcp => "dhcp",
            Mode::Static => "static",
        }
    }
}

pub fn validate(c: &Config) -> bool {
    c.mtu >= 576
}
