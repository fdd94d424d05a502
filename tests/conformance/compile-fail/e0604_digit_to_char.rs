// Turning digits into characters with casts from wider integer types, and summing bytes by reference.
fn digit_char(d: u32) -> char {
    (d + 48) as char
}

fn main() {
    let mut checksum = 0u32;
    for b in b"2024".iter() {
        checksum += b as u32;
    }
    println!("{} {}", digit_char(7), checksum);
}
