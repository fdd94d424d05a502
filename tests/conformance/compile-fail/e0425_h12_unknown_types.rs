// A temperature log that names types and values that do not exist.
#[derive(Debug, Clone, Copy)]
struct Sample {
    minute: u32,
    value: Celsius,
}

fn convert(c: f64) -> Fahrenheit {
    c * 9.0 / 5.0 + 32.0
}

fn hottest(samples: &[Sample; 3]) -> f64 {
    let mut best = f64::MIN;
    for s in samples.iter() {
        if s.minute > 0 {
            best = best.max(s.minute as f64);
        }
    }
    best
}

fn main() {
    let readings = [
        Sample { minute: 0, value: 1.0 },
        Sample { minute: 5, value: 2.0 },
        Sample { minute: 10, value: 3.0 },
    ];
    println!("{}", hottest(&readings));
    println!("{}", convert(threshold));
}
