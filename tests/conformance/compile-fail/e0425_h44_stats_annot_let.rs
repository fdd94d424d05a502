// Statistics over sensor samples; a misspelled helper feeds annotated lets.
const SAMPLES: [u32; 8] = [12, 15, 11, 19, 22, 18, 14, 13];

fn total(xs: &[u32]) -> u32 {
    let mut t = 0;
    for x in xs {
        t += x;
    }
    t
}

fn maximum(xs: &[u32]) -> u32 {
    let mut m = 0;
    for x in xs {
        m = m.max(*x);
    }
    m
}

fn main() {
    let sum: u32 = totl(&SAMPLES);
    let count: u32 = SAMPLES.len() as u32;
    let mean = sum / count;
    let peak: u32 = maximum(&SAMPLES);
    let peak_index: u32 = position_of(&SAMPLES, peak);
    println!("mean {} peak {} at {}", mean, peak, SAMPLES[peak_index]);
    let spread: u32 = peak - SAMPLES.iter().min_value();
    let ratio: f64 = spread / mean;
    println!("spread {} ratio {}", spread, ratio);
}
