mod report;

use filters::gain::{self, UNITY};
use filters::Smoother;
use signal::{Sample, Shape, RATE};

const PERIOD: u32 = 16;

fn main() {
    let shapes = [signal::Sine, signal::Square, Shape::Saw];
    let mut buf = [Sample::SILENT; 8];
    for shape in shapes {
        let mut sm = Smoother::new();
        for t in 0..8u32 {
            let raw = signal::wave::render(shape, t * 2, PERIOD);
            buf[t as usize] = sm.step(gain::apply(raw, UNITY * 2.0));
        }
        report::line(shape, &buf);
    }
    println!("rate {} alpha {}", RATE, Smoother::DEFAULT_ALPHA);
}
