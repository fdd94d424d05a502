// Float printing and float methods: shortest round-trip, precision, exponents.
use std::f64::consts;

fn main() {
    let values = [0.1, 1.0 / 3.0, 2.5e-8, 123456789.0, 1e16, 1e15, -0.0, 100.0, 0.3];
    for v in values {
        println!("{} | {:.3} | {:e} | {:?}", v, v, v, v);
    }
    let f: f32 = 16777217.0;
    println!("f32 {} {} {}", f, 0.1f32 + 0.2f32, 1.0f32 / 3.0);
    println!("pi {} e {} sqrt2 {}", consts::PI, consts::E, consts::SQRT_2);
    println!("{} {} {} {}", 2.0f64.sqrt(), 27.0f64.cbrt(), 2.0f64.powf(0.5), 1.5f64.powi(3));
    println!("{} {} {} {} {}", (-2.7f64).floor(), 2.2f64.ceil(), 2.5f64.round(), (-2.5f64).round(), 3.99f64.trunc());
    println!("{:.4} {:.4} {:.4} {:.4}", 1.75f64.fract(), consts::FRAC_PI_4.sin(), 1.0f64.atan2(1.0), 0.5f64.tan());
    println!("{} {} {}", 1.0f64.exp(), consts::E.ln(), 1024.0f64.log2());
    println!("{} {}", 1000.0f64.log10(), 3.0f64.hypot(4.0));
    println!("{} {} {}", f64::INFINITY, -f64::INFINITY, f64::NAN.is_nan());
    println!("{} {}", (1.0f64 / 0.0).is_finite(), f64::EPSILON);
    println!("{:#x} {}", 1.5f64.to_bits(), f64::from_bits(0x4009_21fb_5444_2d18));
    println!("{} {} {}", 2.0f64.mul_add(3.0, 1.0), 7.5f64.min(2.0), (-3.0f64).clamp(-1.0, 1.0));
    println!("[{:10.3}] [{:<10.2}] [{:^10}] [{:+.1}]", consts::PI, 2.0, 1.5, 9.99);
    println!("{} {} {}", 5.0f64 as i32, -1.9f64 as i32, 300.7f64 as u8);
    println!("{} {}", f64::MAX, f64::MIN_POSITIVE);
}
