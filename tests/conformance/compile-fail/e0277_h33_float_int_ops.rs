// Integer and float arithmetic mixed by mistake.
fn celsius(f: f64) -> f64 {
    (f - 32) * 5 / 9
}

fn percent(part: u32, whole: u32) -> f32 {
    part as f32 / whole as f32 * 100
}

fn main() {
    let temps = [32.0, 212.0, 98.6];
    let mut total = 0;
    for t in temps {
        total += celsius(t);
    }
    let avg = total / temps.len() as f64;
    let half = 5 / 2.0;
    let p = percent(1, 3);
    let lim = 1 << 2.0;
    let rng = 2.5 % 1;
    for x in 0.0..1.0 {
        println!("{}", x);
    }
    println!("{} {} {} {} {}", avg, half, p, lim, rng);
}
