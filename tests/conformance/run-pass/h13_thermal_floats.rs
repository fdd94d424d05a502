// Heat diffusion along a rod with float math methods and f32/f64 conversions.
const CELLS: usize = 12;
const ALPHA: f64 = 0.23;
static BOUNDARY: [f64; 2] = [100.0, -20.0];

#[derive(Debug, Clone, Copy, PartialEq)]
struct Stats {
    min: f64,
    max: f64,
    mean: f64,
    rms: f64,
}

fn step(rod: &mut [f64; CELLS]) {
    let prev = *rod;
    for i in 1..CELLS - 1 {
        rod[i] = prev[i] + ALPHA * (prev[i - 1] - 2.0 * prev[i] + prev[i + 1]);
    }
    rod[0] = BOUNDARY[0];
    rod[CELLS - 1] = BOUNDARY[1];
}

fn stats(values: &[f64]) -> Stats {
    let mut s = Stats { min: f64::INFINITY, max: f64::NEG_INFINITY, mean: 0.0, rms: 0.0 };
    for &v in values {
        s.min = s.min.min(v);
        s.max = s.max.max(v);
        s.mean += v;
        s.rms = v.mul_add(v, s.rms);
    }
    let n = values.len() as f64;
    Stats { mean: s.mean / n, rms: (s.rms / n).sqrt(), ..s }
}

fn to_fahrenheit(c: f64) -> f32 {
    (c * 9.0 / 5.0 + 32.0) as f32
}

fn main() {
    let mut rod = [0.0f64; CELLS];
    step(&mut rod);
    for round in 1..=60 {
        step(&mut rod);
        if round % 20 == 0 {
            let s = stats(&rod);
            println!("round {round:>2}: min {:7.2} max {:7.2} mean {:8.4} rms {:8.4}", s.min, s.max, s.mean, s.rms);
        }
    }
    for i in (0..rod.len()).step_by(3) {
        let t = rod[i];
        let f = to_fahrenheit(t);
        println!("cell {i:>2}: {t:>9.4}C {f:>9.3}F floor {} ceil {} round {} trunc {} fract {:.3}",
                 t.floor(), t.ceil(), t.round(), t.trunc(), t.fract().abs());
    }
    let angle = 30.0f64 * std::f64::consts::PI / 180.0;
    println!("sin {:.6} cos {:.6} tan {:.6} atan2 {:.6}", angle.sin(), angle.cos(), angle.tan(), 1.0f64.atan2(-1.0));
    println!("exp {:.5} ln {:.5} log2 {} log10 {} cbrt {} powi {} powf {:.4}",
             1.0f64.exp(), 10.0f64.ln(), 1024.0f64.log2(), 1e-3f64.log10(), 27.0f64.cbrt(), 1.5f64.powi(3), 2.0f64.powf(0.5));
    let weird = [f64::NAN, f64::INFINITY, 0.0 / 1.0, -7.5];
    for w in weird {
        let sign = if w.is_nan() { w } else if w < 0.0 { -1.0 } else { 1.0 };
        println!("{w:>6}: nan={} finite={} signum={} clamp={}", w.is_nan(), w.is_finite(), sign, w.clamp(-5.0, 5.0));
    }
    let bits = 1.5f32.to_bits();
    println!("bits {bits:#010x} back {} f64 bits {:#x}", f32::from_bits(bits + 1), (-2.0f64).to_bits());
    let x = 0.1f32 + 0.2f32;
    let y = 0.1f64 + 0.2f64;
    println!("{x} {y} {} {}", x as f64, (y - 0.3).abs() < f64::EPSILON);
}
