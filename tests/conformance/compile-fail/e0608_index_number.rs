// Treating an integer as an array of digits.
fn main() {
    let pin: u32 = 4821;
    let first_digit = pin[0];
    let flag = true;
    println!("{} {}", first_digit, flag[1]);
}
