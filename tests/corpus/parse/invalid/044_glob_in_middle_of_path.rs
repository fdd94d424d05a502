use std::io::*::Write;

fn main() {
    let mut out = stdout();
    writeln!(out, "hello").unwrap();
}

const MAX_RETRIES: u32 = 3;

/// Exponential backoff in milliseconds for the given attempt.
fn backoff_ms(attempt: u32) -> u64 {
    let capped = attempt.min(MAX_RETRIES);
    100 * 2u64.pow(capped)
}
