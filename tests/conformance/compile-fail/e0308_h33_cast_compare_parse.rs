// A cast followed by `<` or `<<` without parentheses, plus a type error.
fn within(a: u8, limit: u32) -> bool {
    a as u32 < limit
}

fn pack(hi: u8, lo: u8) -> u16 {
    let h = hi as u16 << 8;
    h | lo as u16
}

fn main() {
    let a = 5u8;
    let ok = within(a, 10);
    let code: u8 = pack(1, 2);
    if a as usize < 3 {
        println!("small");
    }
    println!("{} {}", ok, code);
}
