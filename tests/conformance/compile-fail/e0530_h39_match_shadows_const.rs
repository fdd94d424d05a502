// Imported unit structs and statics in patterns.
mod limits {
    pub static MAX_LEVEL: u8 = 9;
    pub const MIN_LEVEL: u8 = 1;
}

use limits::{MAX_LEVEL, MIN_LEVEL};

fn describe(level: u8) -> &'static str {
    match level {
        MIN_LEVEL => "lowest",
        MAX_LEVEL => "highest",
        _ => "middle",
    }
}

fn main() {
    println!("{}", describe(4));
}
