// Temperature conversion table with explicit casts
const FREEZING_F: f64 = 32.0;
const RATIO: f64 = 5.0 / 9.0;

fn f_to_c(f: f64) -> f64 {
    (f - FREEZING_F) * RATIO
}

fn round_to(x: f64, places: u32) -> f64 {
    let m = 10f64.powi(places as i32);
    (x * m).round() / m
}

fn main() {
    let mut f: i32 = -40;
    while f <= 100 {
        let c = f_to_c(f as f64);
        let truncated = c as i32;
        let as_byte = c as u8;
        println!("{:>4}F = {:>7.2}C  trunc={:>4} byte={:>3} r={}", f, c, truncated, as_byte, round_to(c, 1));
        f += 20;
    }
    let nan_cast = f64::NAN as i32;
    let inf_cast = f64::INFINITY as u8;
    let neg_cast = -1.5f32 as u32;
    println!("{} {} {}", nan_cast, inf_cast, neg_cast);
}
