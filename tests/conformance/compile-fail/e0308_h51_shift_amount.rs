// Building a mask: shift amounts can be any integer, but results cannot
fn mask(bits: u8) -> u32 {
    let one: u64 = 1;
    (one << bits) - 1
}

fn main() {
    let shift: i32 = 4;
    let x: u16 = 1 << shift;
    let y: u8 = x >> 8;
    let z = 1.0 << 2;
    println!("{} {} {} {}", mask(5), x, y, z);
}
