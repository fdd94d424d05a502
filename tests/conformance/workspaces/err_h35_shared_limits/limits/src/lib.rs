pub const MAX_CLIENTS: u8 = 200;
pub const BACKLOG: u8 = MAX_CLIENTS / 4;
pub const TIMEOUT_S: u16 = 30;
pub static SLOTS: [u16; 4] = [8, 16, 32, 64];

pub struct Budget;

impl Budget {
    pub const PER_CLIENT_KIB: u32 = 512;
}

pub fn slot_for(n: u16) -> usize {
    let mut i = 0;
    while i < SLOTS.len() && SLOTS[i] < n {
        i += 1;
    }
    i
}
