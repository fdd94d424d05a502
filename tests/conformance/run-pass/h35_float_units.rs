// Unit conversions and rounding with f64/f32 methods and consts.
const KM_PER_MILE: f64 = 1.609_344;
const FREEZE_F: f64 = 32.0;
const TAU: f64 = 2.0 * std::f64::consts::PI;

fn to_celsius(f: f64) -> f64 {
    (f - FREEZE_F) * 5.0 / 9.0
}

fn round_to(x: f64, places: i32) -> f64 {
    let m = 10f64.powi(places);
    (x * m).round() / m
}

fn main() {
    let miles = [1.0, 13.1, 26.2188];
    for m in miles {
        let km = m * KM_PER_MILE;
        println!("{:>8.3} mi = {:>8.3} km floor {} ceil {} trunc {} fract {:.4}", m, km, km.floor(), km.ceil(), km.trunc(), km.fract());
    }
    let temps = [-40.0, 0.0, 98.6, 451.0];
    for t in temps {
        println!("{}F = {}C", t, round_to(to_celsius(t), 2));
    }
    let r: f64 = 2.5;
    println!("circle {:.5} {:e}", TAU * r, r.powf(10.0));
    println!("{} {} {}", (3.0f64).hypot(4.0), 27f64.cbrt(), 2f64.sqrt().mul_add(2.0, 1.0));
    println!("{} {} {}", f64::NAN.is_nan(), (1.0f64 / 0.0).is_finite(), f64::EPSILON > 0.0);
    let x: f32 = -7.25;
    println!("{} {} {} {:#x}", x.abs(), x.trunc(), x.clamp(-5.0, 5.0), x.to_bits());
    println!("{:.3} {:.3} {:.3}", (0.5f64).sin(), (0.5f64).cos(), 1f64.atan2(1.0));
    println!("{} {}", 8f64.log2(), 1000f64.log10());
}
