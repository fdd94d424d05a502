// An array repeat expression whose length is a constant has that length:
// assigning it to an array of another length is a mismatch.
const SLOTS: usize = 4;

#[derive(Clone, Copy)]
struct Slot {
    used: bool,
}

fn count_used(slots: &[Slot; SLOTS]) -> usize {
    let mut n = 0;
    for (_i, s) in slots.iter().enumerate() {
        if s.used {
            n += 1;
        }
    }
    n
}

fn main() {
    let slots = [Slot { used: false }; SLOTS];
    println!("{}", count_used(&slots));
    let short: [Slot; 3] = slots;
    let bytes: [u8; 5] = [0u8; SLOTS];
    println!("{} {}", short.len(), bytes.len());
}
