// Glob imports shadowed by local items, and names that are not in scope.
mod colors {
    pub const RED: u32 = 0xFF0000;
    pub const GREEN: u32 = 0x00FF00;
    pub fn mix(a: u32, b: u32) -> u32 {
        a | b
    }
    mod hidden {
        pub const BLUE: u32 = 0x0000FF;
    }
}

use colors::*;

const GREEN: u32 = 0x00AA00;

fn mix(a: u32, b: u32) -> u32 {
    (a + b) / 2
}

fn palette() -> [u32; 3] {
    [RED, GREEN, BLUE]
}

fn blend() -> u32 {
    let yellow = colors::mix(RED, colors::GREEN);
    mix(yellow, hidden::BLUE)
}

fn shade(level: u8) -> Shade {
    let _ = level;
    Shade
}

fn main() {
    let p = palette();
    println!("{:?} {}", p, blend());
    let _s = shade(3);
    println!("{}", white);
}
