pub struct Limits {
    pub soft: usize,
}

pub(crate) fn unused_slot_helper() -> usize {
    0
}
