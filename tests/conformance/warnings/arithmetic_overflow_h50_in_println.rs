// lints: arithmetic_overflow
// regen: build
fn main() {
    let max = u8::MAX;
    println!("max = {}", max);
    println!("one more = {}", 255u8 + 1);
    println!("wrapped = {}", max.wrapping_add(1));
}
