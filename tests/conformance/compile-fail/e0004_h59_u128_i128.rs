fn big_bucket(x: u128) -> u8 {
    match x {
        0 => 0,
        1..=1_000_000 => 1,
    }
}

fn signed_bucket(x: i128) -> u8 {
    match x {
        0.. => 0,
    }
}

fn main() {
    println!("{} {}", big_bucket(42), signed_bucket(-1));
}
