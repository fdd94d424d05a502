// Float methods: argument types.
fn norm(x: f64, y: f64) -> f64 {
    x.hypot(y)
}

fn main() {
    let r = 2.5f64;
    let area = std::f64::consts::PI * r.powi(2);
    let bad_powi = r.powi(2.0);
    let bad_powf = r.powf(2);
    let m = r.max(3);
    let ma = r.mul_add(2.0, 1.0f32);
    let at = 1.0f32.atan2(r);
    let bits = r.to_bits();
    let back = f64::from_bits(bits);
    let round_int: i32 = r.round();
    let fl = 1.5f32.floor() + 2.0f64;
    let nan = f64::NAN.is_nan(1);
    let cl = r.clamp(0.0, 1.0);
    println!("{} {} {} {} {} {} {} {} {} {} {} {} {}", norm(3.0, 4.0), area, bad_powi, bad_powf, m, ma, at, back, round_int, fl, nan, cl, f32::EPSILON);
}
