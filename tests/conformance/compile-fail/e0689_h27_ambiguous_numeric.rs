// Signal math where literals never get a concrete type before a method call.
fn attenuate(level: i32, steps: u32) -> i32 {
    let base = 2;
    let factor = base.pow(steps);
    level / factor
}

fn rms(a: f64, b: f64) -> f64 {
    let sum = a * a + b * b;
    let half = 2.0;
    (sum / half).sqrt()
}

fn gain_db() -> f32 {
    let ratio = 10.0.powi(2);
    ratio
}

fn clip(v: i64) -> i64 {
    let limit = 1_000;
    if v.abs() > limit {
        limit * v.signum()
    } else {
        v
    }
}

fn main() {
    let noise = -3;
    println!("{}", noise.abs());
    println!("{} {} {} {}", attenuate(1024, 3), rms(3.0, 4.0), gain_db(), clip(-5000));
    let x = 7.5;
    let r = x.round() as u8;
    println!("{}", r);
}
