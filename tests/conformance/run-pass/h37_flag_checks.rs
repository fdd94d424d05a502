// Feature switches compared with `== true` and matched with `if let`:
// rustc sees through them, so the guarded mistakes are never linted.
const VERBOSE: bool = false;
const RETRIES: u32 = 0;
const CHANNEL: u8 = 2;

struct Link {
    sent: [u32; 4],
}

fn per_retry(link: &Link) -> u32 {
    if VERBOSE == true {
        let missing = link.sent[4];
        println!("slot {}", missing);
    }
    if RETRIES != 0 {
        return link.sent[0] / RETRIES;
    }
    link.sent[0]
}

fn channel_total(link: &Link) -> u32 {
    if let 5 = CHANNEL {
        return link.sent[CHANNEL as usize * 4];
    }
    link.sent[CHANNEL as usize]
}

fn quiet(link: &Link) -> u32 {
    if !VERBOSE {
        return link.sent[3];
    }
    link.sent[4] % RETRIES
}

fn gated(link: &Link) -> u32 {
    if VERBOSE && link.sent[9] > 0 {
        return 1;
    }
    if RETRIES > 0 || false {
        return link.sent[1] / RETRIES;
    }
    2
}

fn main() {
    let link = Link { sent: [12, 7, 3, 9] };
    println!("{}", per_retry(&link));
    println!("{}", channel_total(&link));
    println!("{}", quiet(&link));
    println!("{}", gated(&link));
}
