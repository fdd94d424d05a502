// Network retry logic: results are assigned inside loops before use.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Outcome {
    Sent(u32),
    TimedOut,
}

fn attempt(try_no: u32) -> Outcome {
    if try_no >= 3 { Outcome::Sent(try_no * 100) } else { Outcome::TimedOut }
}

fn send_with_retry(max: u32) -> u32 {
    let delivered;
    let mut n = 0;
    loop {
        n += 1;
        if let Outcome::Sent(id) = attempt(n) {
            delivered = id;
            break;
        }
        if n == max {
            delivered = 0;
            break;
        }
    }
    delivered
}

fn last_timeout(max: u32) -> u32 {
    let last;
    let mut n = 0;
    while n < max {
        n += 1;
        if attempt(n) == Outcome::TimedOut {
            last = n;
        }
    }
    last
}

fn backoff(max: u32) -> u32 {
    let base = 10;
    let delay;
    for i in 0..max {
        delay = base << i;
    }
    delay
}

fn main() {
    println!("{}", send_with_retry(5));
    println!("{}", last_timeout(5));
    println!("{}", backoff(4));
}
