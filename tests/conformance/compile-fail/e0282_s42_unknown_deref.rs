// Reading through a binding whose type nothing has said yet: rustc needs
// the type where the value is dereferenced or indexed.
fn checksum(bytes: &[u8]) -> u32 {
    let mut sum = 0u32;
    for b in bytes {
        sum = sum.wrapping_add(*b as u32);
    }
    sum
}

fn first_entry() -> u32 {
    let table;
    let head: u32 = table[0];
    table = [head; 4];
    head
}

fn main() {
    let data = [1u8, 2, 3, 250];
    let cursor;
    let current: u8 = *cursor;
    cursor = &data[0];
    println!("{} {} {}", checksum(&data), current, first_entry());
}
