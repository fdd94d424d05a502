// lints: arithmetic_overflow
// regen: build (arithmetic_overflow is only reported by a full rustc build)
// Overflowing operators around method calls in function bodies.
fn main() {
    let a = u8::MAX + 1;
    let b = i32::MIN.abs();
    let c = i32::MAX.pow(2);
    let d = (u16::MAX as u32 + 1) as u16;
    let e = i16::MAX.wrapping_add(1) - 1;
    let f = u64::MAX.count_ones() * 2;
    let g = 1i32 << i32::BITS;
    let h = usize::MAX.saturating_add(1) + 1;
    println!("{} {} {} {} {} {} {} {}", a, b, c, d, e, f, g, h);
}
