pub fn sum(a: u8, b: u8) -> u8 {
    a.wrapping_add(b)
}

pub(crate) fn verify(frame: [u8; 3]) -> bool {
    sum(frame[0], frame[1]) == frame[2]
}
