// Degrees/radians conversion and trig helpers.
use std::f64::consts::{FRAC_PI_2, PI, SQRT_2, E, LN_2};

fn to_rad(deg: f64) -> f64 {
    deg * PI / 180.0
}

fn wrap_angle(deg: f64) -> f64 {
    let r = deg % 360.0;
    if r < 0.0 { r + 360.0 } else { r }
}

fn main() {
    let angles = [0.0, 45.0, 90.0, -30.0, 720.5];
    for a in angles {
        let r = to_rad(wrap_angle(a));
        println!("{:>7.2} -> {:.5} sin={:.5} cos={:.5} tan={:.3}", a, r, r.sin(), r.cos(), r.tan());
    }
    println!("{} {}", FRAC_PI_2, SQRT_2 * SQRT_2);
    println!("{} {}", E.ln(), LN_2.exp());
    println!("{} {}", f64::MAX, f64::MIN_POSITIVE);
    println!("{} {}", f32::EPSILON, f32::INFINITY);
    println!("{}", f64::NEG_INFINITY.max(-1.0));
    let bits = 1.0f64.to_bits();
    println!("{:016x} {}", bits, f64::from_bits(bits));
    println!("{}", f32::from_bits(0x4049_0fdb));
    println!("{}", (2.0f64).powf(0.5) == SQRT_2);
    println!("{}", f64::NAN.min(3.0));
    println!("{}", 10f64.log10().is_finite());
    println!("{}", u64::MAX as f64);
    println!("{}", f32::MAX_EXP);
    println!("{}", f64::DIGITS);
}
