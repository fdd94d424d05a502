// lints: arithmetic_overflow
// regen: build (arithmetic_overflow is only reported by a full rustc build)
// Saturation logic written with plain arithmetic that overflows.
fn next_id(current: u16) -> u16 {
    if current == u16::MAX {
        0
    } else {
        current + 1
    }
}

fn main() {
    let top = i32::MAX + 1;
    let low: i8 = i8::MIN - 1;
    let shifted = 1u8 << 8;
    let ok = u8::MAX.wrapping_add(1);
    let neg = -i64::MIN;
    println!("{} {} {} {} {}", top, low, shifted, ok, neg);
    println!("{}", next_id(7));
}
