// A retry loop steered by constant switches: where a known-true branch
// breaks, continues or panics, rustc never reaches the code after it.
const ONE_SHOT: bool = true;
const SKIP_ODD: bool = true;
const STRICT: bool = false;
const ATTEMPTS: usize = 3;

fn send(log: &mut [u32; ATTEMPTS]) -> u32 {
    let mut sent = 0;
    loop {
        sent += 1;
        if ONE_SHOT {
            break;
        }
        log[ATTEMPTS] += 1;
    }
    sent
}

fn even_slots(log: &[u32; ATTEMPTS]) -> u32 {
    let mut total = 0;
    for i in 0..ATTEMPTS {
        if SKIP_ODD {
            continue;
        }
        total += log[ATTEMPTS + i] / 0;
    }
    total + log[0]
}

fn checked(log: &[u32; ATTEMPTS]) -> u32 {
    if !STRICT {
        if log[0] > 100 {
            panic!("log overflow");
        }
        return log[0];
    }
    log[ATTEMPTS]
}

fn main() {
    let mut log = [0; ATTEMPTS];
    log[1] = 4;
    println!("{}", send(&mut log));
    println!("{}", even_slots(&log));
    println!("{}", checked(&log));
    println!("{:?}", log);
}
