// Firmware configuration constants, some computed by calling ordinary functions.
mod hw {
    pub const CLOCK_HZ: u32 = 16_000_000;
    pub const PRESCALE: u32 = 64;

    pub fn ticks_per_ms() -> u32 {
        CLOCK_HZ / PRESCALE / 1000
    }
}

use hw::{CLOCK_HZ, PRESCALE};

// Fine: arithmetic on consts, and const primitive methods.
const TICKS_PER_S: u32 = CLOCK_HZ / PRESCALE;
const BITS_NEEDED: u32 = 32 - TICKS_PER_S.leading_zeros();
const HALF: u32 = TICKS_PER_S.wrapping_shr(1);

// A plain fn call is not allowed in a const or a static.
const TICKS_PER_MS: u32 = hw::ticks_per_ms();
static DEBOUNCE: u32 = hw::ticks_per_ms() * 20;

// A const may name a later const and a static.
const WATCHDOG: u32 = TIMEOUT_MS * 2;
const TIMEOUT_MS: u32 = 250;
static BAUD: u32 = 9600;
static BAUD_DIV: u32 = CLOCK_HZ / (16 * BAUD);

fn main() {
    println!("{} {} {}", TICKS_PER_S, BITS_NEEDED, HALF);
    println!("{} {}", TICKS_PER_MS, DEBOUNCE);
    println!("{} {}", WATCHDOG, BAUD_DIV);
}
