// A queue whose base constant fails to evaluate; everything built on it
// depends on the failure.
const CAPACITY: u8 = 128 + 128;
const HALF: u8 = CAPACITY / 2;
const SLOTS: usize = CAPACITY as usize;
static DEFAULT_FILL: u8 = HALF - 1;

struct Queue {
    items: [u32; SLOTS],
    head: u8,
}

fn new_queue() -> Queue {
    Queue { items: [0; SLOTS], head: HALF }
}

fn fill_level(q: &Queue) -> u8 {
    let level: u32 = q.head;
    level as u8 + DEFAULT_FILL
}

fn main() {
    let q = new_queue();
    println!("{} {}", q.items.len(), fill_level(&q));
}
