use sig::{apply, Filter, SAMPLE_RATE};

fn main() {
    let input = [0.0, 1.0, 0.5, -0.5, -1.0, 0.25, 0.75, 0.0];
    let mut out = [0.0f32; 8];
    for f in [Filter::Identity, Filter::Gain(2.0), Filter::MovingAverage { window: 3 }] {
        apply(f, &input, &mut out);
        println!("{:?} @ {} Hz -> {:?}", f, SAMPLE_RATE, out);
    }
}
