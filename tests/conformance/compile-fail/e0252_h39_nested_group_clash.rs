// Two modules export a `parse` function; a nested group imports both.
mod formats {
    pub mod json {
        pub fn parse(n: u8) -> u8 {
            n + 1
        }
        pub fn indent() -> u8 {
            2
        }
    }
    pub mod toml {
        pub fn parse(n: u8) -> u8 {
            n + 2
        }
    }
}

use formats::{json::{parse, indent}, toml::parse};

fn main() {
    println!("{} {}", parse(1), indent());
}
