pub fn slot(k: u32) -> u32 {
    k % 16
}
