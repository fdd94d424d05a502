// Temperature log: a call to a method that does not exist; the result is then
// used in arithmetic, passed to functions and compared, all silently.
#[derive(Debug, Clone, Copy)]
struct Log {
    samples: [f32; 5],
    unit_celsius: bool,
}

impl Log {
    fn mean(&self) -> f32 {
        let mut s = 0.0;
        for x in self.samples.iter() {
            s += x;
        }
        s / self.samples.len() as f32
    }
}

fn to_fahrenheit(c: f32) -> f32 {
    c * 9.0 / 5.0 + 32.0
}

fn main() {
    let log = Log { samples: [20.5, 21.0, 19.5, 22.0, 23.5], unit_celsius: true };
    let m = log.mean();
    let spread = log.range();
    let ratio = spread / m;
    let f = to_fahrenheit(spread);
    let wide = spread > 2;
    let text: &str = spread.label;
    let peak = log.samples.maximum() + 1.0;
    let doubled: bool = peak * 2.0;
    println!("{} {} {} {} {} {}", ratio, f, wide, text, peak, doubled);
}
