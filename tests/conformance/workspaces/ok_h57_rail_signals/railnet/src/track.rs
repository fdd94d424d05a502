pub mod segment;

pub(in crate::track) fn block_len(id: u8) -> u32 {
    400 + id as u32 * 50
}

pub fn total_len(ids: &[u8]) -> u32 {
    let mut sum = 0;
    for &id in ids {
        sum += segment::measured(id);
    }
    sum
}
