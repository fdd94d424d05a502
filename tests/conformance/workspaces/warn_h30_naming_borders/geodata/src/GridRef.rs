pub fn Encode(col: u8, row: u8) -> u16 {
    (col as u16) << 8 | row as u16
}

pub fn decode(code: u16) -> (u8, u8) {
    let (High, low) = ((code >> 8) as u8, (code & 0xff) as u8);
    (High, low)
}
