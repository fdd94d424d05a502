// lints: overflowing_literals
// Literals that do not fit their type.
fn brightness(level: u8) -> u8 {
    level / 2
}

fn main() {
    let full: u8 = 255;
    let too_much: u8 = 300;
    println!("{} {}", brightness(full), brightness(too_much));
    let small: i8 = 128;
    println!("{}", small);
    let fine = -128i8;
    println!("{}", fine);
    println!("{}", 1000 as u8);
}
