use super::*;

pub fn code(c: char) -> u8 {
    let mut out = 0;
    if c == '#' {
        out = 37;
    }
    out
}
