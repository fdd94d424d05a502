// HTTP-like status handling with consts in patterns, ranges of consts,
// and local consts inside functions.
const OK: u16 = 200;
const CREATED: u16 = OK + 1;
const CLIENT_MIN: u16 = 400;
const CLIENT_MAX: u16 = CLIENT_MIN + 99;
const SERVER_MIN: u16 = 500;
const SERVER_MAX: u16 = 599;
static RETRYABLE: [u16; 3] = [429, 503, 504];

#[derive(Debug, PartialEq, Clone, Copy)]
enum Class {
    Success,
    Created,
    Client,
    Server,
    Other,
}

fn classify(code: u16) -> Class {
    match code {
        OK => Class::Success,
        CREATED => Class::Created,
        CLIENT_MIN..=CLIENT_MAX => Class::Client,
        SERVER_MIN..=SERVER_MAX => Class::Server,
        _ => Class::Other,
    }
}

fn should_retry(code: u16, attempts: u8) -> bool {
    const MAX_ATTEMPTS: u8 = 3;
    if attempts >= MAX_ATTEMPTS {
        return false;
    }
    for r in RETRYABLE {
        if r == code {
            return true;
        }
    }
    false
}

fn backoff_ms(attempt: u32) -> u32 {
    const BASE_MS: u32 = 100;
    const CAP_MS: u32 = 5_000;
    BASE_MS.saturating_mul(2u32.pow(attempt)).min(CAP_MS)
}

fn main() {
    let codes = [200, 201, 404, 429, 503, 302, 599, 600];
    for c in codes {
        println!("{} {:?} retry={}", c, classify(c), should_retry(c, 1));
    }
    for a in 0..8 {
        print!("{} ", backoff_ms(a));
    }
    println!();
    println!("{}", should_retry(503, 3));
}
