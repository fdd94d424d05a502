// match arm calls a function returning a value where () is expected
fn bump(counter: &mut u32) -> u32 {
    *counter += 1;
    *counter
}

fn main() {
    let mut hits = 0u32;
    let mut misses = 0u32;
    let events = [true, false, true, true];
    for e in events {
        match e {
            true => bump(&mut hits),
            false => {
                bump(&mut misses);
            }
        }
    }
    println!("hits={} misses={}", hits, misses);
}
