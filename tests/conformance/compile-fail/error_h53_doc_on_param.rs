// Doc comment on a function parameter and on a match arm.
fn mix(
    /// first input
    a: u32,
    b: u32,
) -> u32 {
    match a % 3 {
        /// zero case
        0 => b,
        _ => a ^ b,
    }
}

fn main() {
    println!("{}", mix(4, 9));
}
