pub fn is_digit(b: u8) -> bool {
    b.is_ascii_digit()
}
