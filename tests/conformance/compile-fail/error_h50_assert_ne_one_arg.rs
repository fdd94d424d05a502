fn checksum(data: &[u8]) -> u8 {
    let mut c: u8 = 0;
    for b in data {
        c = c.wrapping_add(*b);
    }
    c
}

fn main() {
    let c = checksum(&[1, 2, 250]);
    assert_ne!(c);
    debug_assert!();
    println!("{c}");
}
