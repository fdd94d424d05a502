use ::signal::Shape;
use filters::peak;

pub(crate) fn line(shape: Shape, buf: &[signal::Sample]) {
    let name = match shape {
        Shape::Sine => "sine",
        Shape::Square => "square",
        Shape::Saw => "saw",
    };
    let last = buf[buf.len() - 1];
    println!("{:>6}: peak {:.3} last t={}s", name, peak(buf), last.seconds());
}
