// Checked arithmetic with a wrong argument type (rustc: E0308)
fn main() {
    let small: u8 = 200;
    let step: u16 = 100;
    let r = small.checked_add(step);
    let s = small.wrapping_add(step);
    println!("{:?} {}", r, s);
}
