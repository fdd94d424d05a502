mod alpha {
    pub fn run() -> u8 {
        1
    }
    pub const SPEED: u8 = 3;
    pub struct Unit;
}

mod beta {
    pub fn run() -> u8 {
        2
    }
    pub fn stop() -> u8 {
        0
    }
    pub struct Unit;
}

use alpha::*;
use beta::*;

fn main() {
    println!("{}", SPEED);
    println!("{}", stop());
    println!("{}", run());
    let _u = Unit;
}
