// Retry policy: immutable bindings and fields assigned later.
#[derive(Debug, Clone, Copy)]
struct Policy {
    max_tries: u8,
    backoff_ms: u32,
}

fn next_delay(p: Policy, attempt: u8) -> u32 {
    let delay = p.backoff_ms;
    for _ in 0..attempt {
        delay *= 2;
    }
    delay
}

fn tighten(p: &mut Policy) {
    p.max_tries -= 1;
}

fn main() {
    let policy = Policy { max_tries: 5, backoff_ms: 100 };
    let total = 0;
    for a in 0..policy.max_tries {
        total += next_delay(policy, a);
    }
    policy.backoff_ms = 50;
    tighten(&mut policy);
    let (tries, ms) = (policy.max_tries, policy.backoff_ms);
    tries = tries + 1;
    println!("{} {} {}", total, tries, ms);
}
