// Using `null` as a sentinel value.
struct Slot {
    id: u32,
    owner: i32,
}

fn main() {
    let s = Slot { id: 7, owner: null };
    println!("{}", s.id);
    if s.owner == 0 {
        println!("free");
    }
}
