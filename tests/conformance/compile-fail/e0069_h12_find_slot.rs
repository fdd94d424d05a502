// Parking-lot slot search: a bare `return;` in a function that returns a number.
const SLOTS: usize = 8;

fn first_free(taken: &[bool; SLOTS]) -> usize {
    for i in 0..SLOTS {
        if !taken[i] {
            return i;
        }
    }
    return;
}

fn occupancy(taken: &[bool; SLOTS]) -> u32 {
    let mut n = 0;
    for t in taken {
        if *t {
            n += 1;
        }
    }
    n
}

fn main() {
    let mut lot = [false; SLOTS];
    lot[0] = true;
    lot[1] = true;
    let slot = first_free(&lot);
    lot[slot] = true;
    let percent: u8 = occupancy(&lot) * 100 / SLOTS as u32;
    println!("slot {} taken, {}% full", slot, percent);
}
