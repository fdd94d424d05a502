// A config loader that reaches for modules and enums through broken paths.
mod config {
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub enum Level {
        Low,
        Mid,
        High,
    }

    pub mod defaults {
        use super::Level;

        pub const LEVEL: Level = Level::Mid;
        pub const RETRIES: u32 = 3;
    }

    pub fn parse_level(b: u8) -> Level {
        match b {
            b'l' => Level::Low,
            b'h' => Level::High,
            _ => defaults::LEVEL,
        }
    }
}

fn retries_for(level: config::Level) -> u32 {
    match level {
        config::Level::Low => config::defaults::RETRIES,
        config::Level::Mid => settings::defaults::RETRIES * 2,
        config::Level::High => config::defaults::RETRIES * 3,
    }
}

fn main() {
    let level = config::parse_level(b'h');
    let r = retries_for(level);
    let fallback = Level::Low;
    let max = config::limits::MAX;
    println!("{:?} {} {:?} {}", level, r, fallback, max);
}
