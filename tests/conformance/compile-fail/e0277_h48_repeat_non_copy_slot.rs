// `[expr; N]` needs a Copy element; Slot only derives Debug.
#[derive(Debug)]
struct Slot {
    id: u16,
    busy: bool,
}

const SLOTS: usize = 4;

fn free_count(slots: &[Slot]) -> usize {
    let mut n = 0;
    for s in slots {
        if !s.busy {
            n += 1;
        }
    }
    n
}

fn main() {
    let mut slots = [Slot { id: 0, busy: false }; SLOTS];
    for i in 0..SLOTS {
        slots[i].id = i as u16;
    }
    slots[2].busy = true;
    println!("free: {} of {:?}", free_count(&slots), slots);
}
