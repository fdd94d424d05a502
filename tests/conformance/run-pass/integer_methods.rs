// A tour of integer methods: wrapping, saturating, overflowing, bit tricks.
fn main() {
    let a: u8 = 250;
    println!("wrapping_add {} saturating_add {} overflowing_add {:?}", a.wrapping_add(10), a.saturating_add(10), a.overflowing_add(10));
    let b: i16 = -32768;
    println!("wrapping_neg {} saturating_sub {} abs of -5 {}", b.wrapping_neg(), b.saturating_sub(1), (-5i16).abs());
    let x: u32 = 0b1011_0000;
    println!("ones {} leading {} trailing {} pow2 {}", x.count_ones(), x.leading_zeros(), x.trailing_zeros(), x.is_power_of_two());
    println!("rotate_left {:#x} rotate_right {:#x} swap_bytes {:#010x}", 0x1234_5678u32.rotate_left(8), 0x1234_5678u32.rotate_right(8), 0x1234_5678u32.swap_bytes());
    println!("pow {} signum {} {} {}", 3i64.pow(20), (-17i32).signum(), 0i32.signum(), 42i32.signum());
    println!("rem_euclid {} div_euclid {} % {} / {}", (-7i32).rem_euclid(3), (-7i32).div_euclid(3), -7 % 3, -7 / 3);
    println!("min {} max {} clamp {} abs_diff {}", 3.min(9), 3.max(9), 15.clamp(0, 10), 3u32.abs_diff(10));
    println!("MIN {} MAX {} BITS {}", i8::MIN, u64::MAX, u128::BITS);
    println!("i128 max {}", i128::MAX);
    println!("wrapping_mul {} overflowing_sub {:?}", 200u8.wrapping_mul(3), 5u32.overflowing_sub(6));
    let mut h: u32 = 2166136261;
    for &byte in b"sluice" {
        h ^= byte as u32;
        h = h.wrapping_mul(16777619);
    }
    println!("fnv1a(sluice) = {:08x}", h);
    println!("{:+} {:+} {:05} {:<5}| {:^7}| {:>+8.2}", 5, -5, -42, 7, "mid", 3.14159);
}
