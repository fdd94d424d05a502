// Ord methods on unsuffixed integer literals are fine (they fall back to i32);
// inherent methods need a suffix.
fn main() {
    let a = 3.max(7);
    let b = 10.min(4);
    let c = 15.clamp(0, 10);
    let d = 5u32.pow(2);
    let e = 2.0_f64.sqrt();
    let f = (2.0 as f64).powi(3);
    let g = -1i32.abs();
    let h = 0.5f32.mul_add(2.0, 1.0);
    let i = 9_u64.abs_diff(12);
    let j = 0b1010_0000u8.trailing_zeros();
    let k = 1u128 << 100;
    println!("{} {} {} {} {} {} {} {} {} {} {}", a, b, c, d, e, f, g, h, i, j, k);
    let words = ["alpha", "", "gamma"];
    for w in words {
        println!("{:>6} len={} empty={}", w, w.len(), w.is_empty());
    }
    println!("{}", [1, 2, 3].len());
    println!("{}", b"bytes".len());
    println!("{}", "".is_empty());
    let nested: [[u8; 2]; 3] = [[0; 2]; 3];
    println!("{} {}", nested.len(), nested[0].len());
    println!("{} {} {}", i128::MAX, u128::BITS, isize::MIN);
}
