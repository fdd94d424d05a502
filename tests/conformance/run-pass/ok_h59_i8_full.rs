// Every i8 value is covered through ranges, so no wildcard is needed.
fn sign_bucket(x: i8) -> i8 {
    match x {
        i8::MIN..=-1 => -1,
        0 => 0,
        1..=i8::MAX => 1,
    }
}

fn nibble(b: u8) -> u8 {
    match b {
        0x00..=0x0F => 0,
        0x10..=0x7F => 1,
        0x80..=0xFF => 2,
    }
}

fn main() {
    let mut total = 0i32;
    for x in [-128i8, -3, 0, 9, 127] {
        total += sign_bucket(x) as i32;
    }
    println!("{}", total);
    println!("{}", nibble(0xAB));
}
