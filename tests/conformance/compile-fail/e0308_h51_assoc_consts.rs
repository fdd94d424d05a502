// Associated constants of primitive types have their own types
fn bits_needed(n: u32) -> usize {
    u32::BITS - n.leading_zeros()
}

fn main() {
    let width: usize = i64::BITS;
    let top: i32 = u8::MAX;
    let eps: f32 = f64::EPSILON;
    let pi: f32 = std::f64::consts::PI;
    let ok = u8::MAX as i32 + i8::MIN as i32;
    println!("{} {} {} {} {} {}", bits_needed(10), width, top, eps, pi, ok);
}
