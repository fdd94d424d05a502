// Lookup-table sizing in constants with plain arithmetic.
const ENTRIES: u8 = 200;
const SLOTS: u8 = ENTRIES + 100;
const SHIFTED: u32 = 1 << 31;
const DOUBLE: i32 = i32::MAX * 2;
const NEG_MIN: i64 = -i64::MIN;
const DIV: i32 = i32::MIN / -1;
const REM: u32 = 10 % 0;

fn main() {
    println!("{} {} {} {} {} {}", SLOTS, SHIFTED, DOUBLE, NEG_MIN, DIV, REM);
}
