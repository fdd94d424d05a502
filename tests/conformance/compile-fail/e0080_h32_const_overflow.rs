const BASE: u8 = 200;
const DOUBLE: u8 = BASE * 2;
const SUM: i32 = i32::MAX + 1;
const OK: u32 = BASE as u32 * 2;
const DIV: i32 = 10 / (OK as i32 - 400);
static SMALL: i8 = 127 + 1;
const NEG_U: u32 = 0 - 1;

fn main() {
    println!("{} {} {} {}", DOUBLE, SUM, OK, DIV);
    println!("{} {}", SMALL, NEG_U);
}
