pub fn mix(x: u64, rounds: u32) -> u64 {
    let mut v = x;
    for _ in 0..rounds {
        v = v.rotate_left(13) ^ 0x9e37;
    }
    v
}
