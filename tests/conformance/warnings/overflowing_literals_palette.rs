// lints: overflowing_literals unused_variables
// A colour palette with channel values that do not fit in u8 and an offset that does not fit i16.
const PALETTE: [(u8, u8, u8); 3] = [(255, 128, 0), (300, 20, 20), (0, 0, 255)];

fn main() {
    let highlight: u8 = 0x1FF;
    let shade: i16 = 40_000;
    let alpha = 128;
    for (r, g, b) in PALETTE {
        println!("#{:02x}{:02x}{:02x}", r, g, b);
    }
    println!("{} {}", highlight, shade);
}
