pub fn discount(total: u32, items: u32) -> u32 {
    if items >= 3 {
        total - total / 10
    } else {
        total
    }
}
