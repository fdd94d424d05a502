// Integer constants used with other widths.
fn fits_u8(n: i32) -> bool {
    n >= u8::MIN && n <= u8::MAX
}

fn fits_i16(n: i64) -> bool {
    n >= i16::MIN as i64 && n <= i16::MAX as i64
}

fn main() {
    let bits = u32::BITS;
    let mask: u64 = (1 << bits) - 1;
    let wide: u64 = 1u64 << u8::BITS;
    let total = usize::MAX - u32::MAX;
    let pi = std::f32::consts::PI * 2.0f64;
    let tau: f64 = std::f64::consts::TAU;
    let eps = f32::EPSILON < f64::EPSILON;
    let inf = f64::INFINITY > i64::MAX;
    println!("{} {} {} {} {} {} {} {} {}", fits_u8(3), fits_i16(5), mask, wide, total, pi, tau, eps, inf);
}
