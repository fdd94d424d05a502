pub const AIRPORT: u8 = 9;
pub const SEAPORT: u8 = 12;

pub fn nearest() -> u8 {
    4
}

pub fn farthest() -> u8 {
    SEAPORT
}
