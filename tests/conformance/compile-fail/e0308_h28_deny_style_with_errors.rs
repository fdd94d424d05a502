// Crate-level deny of style lints in a program that also has type errors.
#![deny(nonstandard_style)]
#![deny(unused_parens)]

const maxSpeed: u32 = 120;

#[derive(Debug, Clone, Copy)]
struct speed_sample {
    KmH: u32,
    at_second: u32,
}

fn AverageSpeed(samples: &[speed_sample]) -> u32 {
    let mut total = 0;
    for s in samples {
        total += (s.KmH);
    }
    if samples.is_empty() { 0 } else { total / samples.len() }
}

#[allow(non_snake_case)]
fn PeakSpeed(samples: &[speed_sample]) -> u32 {
    let mut Peak = 0;
    for s in samples {
        if (s.KmH > Peak) {
            Peak = s.KmH;
        }
    }
    Peak
}

fn main() {
    let samples = [speed_sample { KmH: 80, at_second: 0 }, speed_sample { KmH: 131, at_second: 5 }];
    let avg = AverageSpeed(&samples);
    let peak: u16 = PeakSpeed(&samples);
    let over = peak > maxSpeed;
    println!("{} {} {} {}", avg, peak, over, samples[1].at_second);
}
