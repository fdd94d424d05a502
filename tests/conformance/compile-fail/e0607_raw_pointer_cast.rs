// Needs raw pointers (tier L3): casting a thin pointer to a slice pointer.
fn main() {
    let buffer = [1u8, 2, 3, 4];
    let p = &buffer[0] as *const u8;
    let whole = p as *const [u8];
    println!("{:?}", whole);
}
