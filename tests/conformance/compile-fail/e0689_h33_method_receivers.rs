// Method calls on literals with inferred types.
fn main() {
    let a = 10;
    let b = a.pow(2);
    let c = (-5).abs();
    let d = 2.0.sqrt();
    let e = 9.max(3);
    let f = a.abs_diff(3u64);
    let g: i16 = 300;
    let h = g.min(400).max(10i16);
    let x = 1.5;
    let y = x.powi(2) + x.floor();
    let z = 3.2f32.clamp(0.0, 1.0);
    let cnt = 255u8.count_ones();
    let lz: u32 = 16u64.leading_zeros();
    println!("{} {} {} {} {} {} {} {} {} {}", b, c, d, e, f, h, y, z, cnt, lz);
}
