// Never checked by cargo: telemetry fails first.
use buffers::Ring;
use telemetry::frames::{size, Frame};

fn main() {
    let mut r = Ring::new();
    for v in [100, 120, -40, 90] {
        r.push(v);
    }
    let avg: i32 = telemetry::average(&r);
    println!("avg {} size {}", avg, size(Frame::Science(7)));
    println!("{}", telemetry::calibrate(5));
}
