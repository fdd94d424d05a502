pub fn salt() -> u32 {
    0x5A5A
}

pub const PEPPER: u32 = 17;
