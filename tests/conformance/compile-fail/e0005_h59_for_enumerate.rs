#[derive(Debug, Clone, Copy)]
enum Slot {
    Free,
    Taken(u32),
}

fn main() {
    let slots = [Slot::Taken(4), Slot::Free, Slot::Taken(9)];
    for (i, Slot::Taken(owner)) in slots.iter().enumerate() {
        println!("slot {} owned by {}", i, owner);
    }
}
