// A retry loop whose `break` values disagree in type.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Outcome {
    Ok(u32),
    TimedOut,
}

fn attempt(n: u32) -> Outcome {
    if n % 4 == 3 { Outcome::Ok(n * 10) } else { Outcome::TimedOut }
}

fn fetch(max_tries: u32) -> u32 {
    let mut tries = 0;
    let value = loop {
        tries += 1;
        if tries > max_tries {
            break;
        }
        if let Outcome::Ok(v) = attempt(tries) {
            break v;
        }
    };
    value
}

fn fetch_labelled(max_tries: u32) -> u32 {
    let mut round = 0;
    'rounds: loop {
        round += 1;
        for t in 0..max_tries {
            if let Outcome::Ok(v) = attempt(round * t) {
                break 'rounds v;
            }
        }
        if round > 5 {
            break 'rounds "gave up";
        }
    }
}

fn main() {
    println!("{}", fetch(5));
    println!("{}", fetch_labelled(3));
}
