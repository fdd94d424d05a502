// if without else where a value is expected: E0308 in the block or E0317.
fn c(x: u8) -> u8 {
    if x > 2 {
        x + 1;
    }
}
fn d(x: u8) -> u8 {
    if x > 2 {
        x + 1
    }
}
fn e(x: u8) -> u8 {
    let y: u8 = if x > 2 { 3; };
    let z: u8 = if x > 2 { 3 };
    y + z
}
fn main() { println!("{} {} {}", c(1), d(1), e(1)); }
