// Negating an unsigned value and applying `!` to a struct.
#[derive(Debug, Clone, Copy)]
struct Flags {
    bits: u8,
}

fn main() {
    let offset: u32 = 15;
    let back = -offset;
    let f = Flags { bits: 0b1010 };
    let inverted = !f;
    println!("{} {:?}", back, inverted);
}
