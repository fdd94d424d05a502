// Constant arithmetic that overflows at compile time
const MAX_USERS: u8 = 200;
const EXTRA: u8 = 100;
const TOTAL: u8 = MAX_USERS + EXTRA;
const SLOTS: usize = 3 - 4;
const PER: i32 = 10 / 0;
static LIMIT: i16 = i16::MAX + 1;

fn main() {
    println!("{} {} {} {}", TOTAL, SLOTS, PER, LIMIT);
}
