// Doc comment on an expression statement and in a struct literal.
struct Rgb {
    r: u8,
    g: u8,
    b: u8,
}

fn main() {
    let mut c = Rgb { r: 1, g: 2, b: 3 };
    /// brighten red
    c.r += 10;
    let total = c.r as u32 + c.g as u32 + c.b as u32;
    println!("{}", total);
}
