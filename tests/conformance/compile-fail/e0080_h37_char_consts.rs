// A keyboard scan-code table built from character and flag casts in consts.
const FIRST_KEY: char = 'a';
const SHIFTED: bool = true;

const KEY_OFFSET: u8 = FIRST_KEY as u8 * 2;
const UPPER_GAP: u8 = 'a' as u8 - 'A' as u8;
const FLAG_BIAS: u8 = SHIFTED as u8 - 2;
const TILDE_CODE: u8 = b'~' + 200;
const LAST_ROW: u32 = 'z' as u32 - 200;
const CTRL: u8 = b'@' - 64;

struct Keymap {
    offset: u8,
    gap: u8,
}

fn main() {
    let map = Keymap { offset: KEY_OFFSET, gap: UPPER_GAP };
    println!("{} {} {} {} {} {}", map.offset, map.gap, FLAG_BIAS, TILDE_CODE, LAST_ROW, CTRL);
}
