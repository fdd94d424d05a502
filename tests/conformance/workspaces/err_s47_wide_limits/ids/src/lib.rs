// 128-bit identifiers: the limits the ledger builds on.
pub const LAST_ID: u128 = u128::MAX;
pub const FIRST_HIGH: u128 = 1 << 127;
pub const FLOOR: i128 = i128::MIN;
pub const SPAN: u128 = LAST_ID - FIRST_HIGH;

pub fn is_high(id: u128) -> bool {
    id >= FIRST_HIGH
}
