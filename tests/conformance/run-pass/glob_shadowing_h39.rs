// Explicit imports and local items take precedence over globs; globs shadow the prelude.
mod defaults {
    pub fn width() -> u32 {
        80
    }
    pub fn height() -> u32 {
        24
    }
    pub fn drop(n: u32) -> u32 {
        n.saturating_sub(1)
    }
}

mod custom {
    pub fn width() -> u32 {
        120
    }
}

use custom::width;
use defaults::*;

fn height() -> u32 {
    50
}

fn main() {
    println!("{}x{}", width(), height());
    println!("{}", drop(10));
    println!("{}", defaults::width() + defaults::height());
}
