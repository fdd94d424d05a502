// Keyboard scan-code table: consts built with char and integer methods.
const FIRST_KEY: char = 'a';
const SHIFTED: char = FIRST_KEY.to_ascii_uppercase();
const IS_LETTER: bool = FIRST_KEY.is_alphabetic();
const WIDTH: usize = 'é'.len_utf8();
const ROW_BITS: u32 = 0b1011_0000u8.count_ones();
const LOW_ZEROS: u32 = 0b1011_0000u8.trailing_zeros();
const MAX_ROW: u8 = 3u8.max(7);
const CLAMPED: i32 = 250i32.clamp(0, 100);

struct Keymap {
    rows: [[char; 4]; 2],
}

impl Keymap {
    fn lookup(&self, row: usize, col: usize) -> char {
        self.rows[row][col]
    }
}

fn main() {
    let map = Keymap { rows: [['a', 'b', 'c', 'd'], ['1', '2', '3', '4']] };
    println!("{} {} {} {}", SHIFTED, IS_LETTER, WIDTH, ROW_BITS);
    println!("{} {} {}", LOW_ZEROS, MAX_ROW, CLAMPED);
    println!("{}", map.lookup(1, 2));
    let code: u8 = map.lookup(0, 0);
    println!("{}", code);
}
