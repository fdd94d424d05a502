#![warn(dead_code, nonstandard_style)]

pub fn check(code: u8) -> bool {
    code < 10
}

pub fn Silence(minutes: u8) -> u8 {
    minutes
}
