// A local named like an imported constant becomes a pattern.
mod defaults {
    pub const RETRIES: u32 = 3;
    pub const TIMEOUT_MS: u64 = 500;
}

use defaults::{RETRIES, TIMEOUT_MS};

fn connect(attempt: u32) -> bool {
    attempt >= 2
}

fn main() {
    let RETRIES = 5;
    let mut attempt = 0;
    while attempt < RETRIES {
        if connect(attempt) {
            break;
        }
        attempt += 1;
    }
    let timeout = TIMEOUT_MS * 2;
    println!("{} {}", attempt, timeout);
}
