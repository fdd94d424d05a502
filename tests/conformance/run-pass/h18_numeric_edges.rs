// Integer and float edge methods: wrapping, saturating, overflowing, euclid, bit counts,
// rotations and float classification.
fn main() {
    let a: i8 = i8::MIN;
    println!("{} {} {}", a.wrapping_abs(), a.saturating_neg(), a.wrapping_sub(1));
    let (v, o) = a.overflowing_sub(1);
    println!("overflowing {} {}", v, o);
    let (m, o2) = 200u8.overflowing_mul(2);
    println!("{} {}", m, o2);
    println!("{} {}", (-7i32).rem_euclid(3), (-7i32).div_euclid(3));
    println!("{} {}", -7i32 % 3, -7i32 / 3);
    println!("{} {} {}", 7u32.abs_diff(19), (-5i64).abs_diff(5), i32::MIN.abs_diff(i32::MAX));
    let x: u16 = 0b1011_0000_0000_0001;
    println!("{} {} {}", x.count_ones(), x.leading_zeros(), x.trailing_zeros());
    println!("{:#06x} {:#06x} {:#06x}", x.rotate_left(4), x.rotate_right(4), x.swap_bytes());
    println!("{} {}", 64u32.is_power_of_two(), 96u32.is_power_of_two());
    println!("{} {} {}", i16::MAX.saturating_add(1), u8::MIN.saturating_sub(1), 3i32.pow(4));
    println!("{} {} {}", (-12i32).signum(), 0i32.signum(), 15i32.clamp(-3, 9));
    println!("{} {} {}", u64::BITS, i128::MAX, u128::MAX.count_ones());

    let f = -2.5f64;
    println!("{} {} {} {}", f.floor(), f.ceil(), f.round(), f.trunc());
    println!("{} {}", f.fract(), f.abs().sqrt());
    println!("{} {}", 27f64.cbrt(), 2f64.powi(-2));
    println!("{} {}", 3f64.hypot(4.0), 2f64.mul_add(3.0, 1.0));
    let nan = f64::NAN;
    let inf = f64::INFINITY;
    println!("{} {} {} {}", nan.is_nan(), inf.is_finite(), (inf - inf).is_nan(), nan == nan);
    println!("{} {}", 1.0f64.max(nan), nan.min(2.0));
    println!("{:e} {:.3} {:+}", 1234.5f64, std::f64::consts::PI, 0.1 + 0.2);
    println!("{} {}", f32::EPSILON, f64::MAX);
    let bits = 1.5f32.to_bits();
    println!("{:#x} {}", bits, f32::from_bits(bits + 1));
    println!("{} {}", (0.5f64).atan2(0.5), 100f64.log10());
    println!("{} {}", 255u8 as i8, -1i32 as u32);
    println!("{} {}", 300i32 as u8, -1.9f64 as i32);
    println!("{} {} {}", 1e10f64 as i32, f64::NAN as u8, 'z' as u8 - b'a');
}
