fn main() {
    let values = vec![1, 2, 3];
    let total: i32 = values.iter().sum();
    println!("{}", total);
    #[allow(unused_variables)]
}

const MAX_RETRIES: u32 = 3;

/// Exponential backoff in milliseconds for the given attempt.
fn backoff_ms(attempt: u32) -> u64 {
    let capped = attempt.min(MAX_RETRIES);
    100 * 2u64.pow(capped)
}
