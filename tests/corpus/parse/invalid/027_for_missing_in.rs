fn print_all(names: &[&str]) {
    for name of names {
        println!("{}", name);
    }
}

fn main() {
    print_all(&["x", "y"]);
}

const MAX_RETRIES: u32 = 3;

/// Exponential backoff in milliseconds for the given attempt.
fn backoff_ms(attempt: u32) -> u64 {
    let capped = attempt.min(MAX_RETRIES);
    100 * 2u64.pow(capped)
}
