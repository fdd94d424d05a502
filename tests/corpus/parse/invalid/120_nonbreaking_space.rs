fn main() {
    let total = 10 + 20;
    println!("{}", total);
}

const MAX_RETRIES: u32 = 3;

/// Exponential backoff in milliseconds for the given attempt.
fn backoff_ms(attempt: u32) -> u64 {
    let capped = attempt.min(MAX_RETRIES);
    100 * 2u64.pow(capped)
}
