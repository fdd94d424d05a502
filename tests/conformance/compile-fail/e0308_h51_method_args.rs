// Wrong argument types to primitive methods
fn main() {
    let base: u64 = 3;
    let exp: u64 = 4;
    let p = base.pow(exp);
    let x: f32 = 2.0;
    let y = x.powi(2.5);
    let z = x.powf(2.0f64);
    let m = 5i32.max(3i64);
    let r = 10u8.rotate_left(3u8);
    let c = 7i16.clamp(0, 300);
    let w = 200u8.wrapping_mul(2u16);
    println!("{} {} {} {} {} {} {}", p, y, z, m, r, c, w);
}
