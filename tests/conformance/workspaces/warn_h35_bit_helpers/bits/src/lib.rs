const GOLDEN: u32 = 0x9e37_79b9;
const unused_seed: u32 = 7;
static TABLE: [u8; 4] = [1, 2, 4, 8];

pub fn hash(x: u32) -> u32 {
    let h = x.wrapping_mul(GOLDEN);
    h.rotate_left(5);
    h ^ (h >> 15)
}

pub fn parity(x: u32) -> bool {
    x.count_ones() % 2 == 1
}

fn weight(i: usize) -> u8 {
    TABLE[i % 4]
}
