// Methods on literals with explicit types work fine
fn main() {
    let a = 2.0_f64.sqrt();
    let b = 2_i32.pow(10);
    let c: f32 = 9.0;
    let d = c.sqrt();
    let e = (-5i32).abs();
    let f = 7u32.count_ones();
    let g = 1u8.leading_zeros();
    let h = 16u64.trailing_zeros();
    let i = 0x0Fu8.rotate_left(4);
    let j = 0x1234u16.swap_bytes();
    let k = 64u32.is_power_of_two();
    let l = 3u8.abs_diff(10);
    let m = (-7i32).rem_euclid(3);
    let n = (-7i32).div_euclid(3);
    let o = 250u8.wrapping_add(10);
    let p = 250u8.saturating_add(10);
    let (q, over) = 250u8.overflowing_add(10);
    let r = 15i32.clamp(0, 10);
    let s = (-3i64).signum();
    println!("{} {} {} {} {} {} {} {} {} {}", a, b, d, e, f, g, h, i, j, k);
    println!("{} {} {} {} {} {} {} {} {}", l, m, n, o, p, q, over, r, s);
}
