// Running maximum/RMS where the accumulator's float type is not yet known.
fn peak(samples: &[f64]) -> f64 {
    let mut best = 0.0;
    for &s in samples {
        best = best.max(s.abs());
    }
    best
}

fn rms(samples: &[f64]) -> f64 {
    let mut sum = 0.0;
    for &s in samples {
        sum += s * s;
    }
    (sum / samples.len() as f64).sqrt()
}

fn main() {
    let s = [0.5, -1.25, 0.75];
    println!("{} {}", peak(&s), rms(&s));
}
