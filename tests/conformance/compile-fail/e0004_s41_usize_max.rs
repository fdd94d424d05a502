fn f(n: usize) -> u8 {
    match n {
        0 => 0,
        1..=18446744073709551615 => 1,
    }
}
fn main() {
    println!("{}", f(3));
}
