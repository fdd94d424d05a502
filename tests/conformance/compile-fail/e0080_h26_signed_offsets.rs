// Calibration offsets for a temperature sensor stored as signed fixed-point.
const RAW_MIN: i16 = i16::MIN;
const BIAS: i16 = -40;
const FLOOR: i16 = RAW_MIN + BIAS;
const STEP: i8 = -1;
const WORST: i8 = i8::MIN / STEP;
const SPAN: i16 = 125 - BIAS;

#[derive(Debug, Clone, Copy)]
struct Reading {
    raw: i16,
}

fn to_celsius(r: Reading) -> i16 {
    let scaled = r.raw / 16;
    scaled + BIAS
}

fn in_range(c: i16) -> bool {
    c >= BIAS && c <= BIAS + SPAN
}

fn main() {
    let samples = [Reading { raw: 400 }, Reading { raw: -320 }, Reading { raw: 2400 }];
    for s in samples {
        let c = to_celsius(s);
        println!("{:?} -> {} ({})", s, c, in_range(c));
    }
    println!("{} {}", FLOOR, WORST);
    let first = samples[0];
    first.raw = 0;
    println!("{}", first.raw);
}
