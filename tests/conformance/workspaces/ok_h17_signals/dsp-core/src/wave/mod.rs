mod table;

use crate::sample::Sample;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Sine,
    Square,
    Saw,
}

pub fn render(shape: Shape, t: u32, period: u32) -> Sample {
    let phase = (t % period) as f64 / period as f64;
    let v = match shape {
        Shape::Sine => table::sine(phase),
        Shape::Square => {
            if phase < 0.5 {
                1.0
            } else {
                -1.0
            }
        }
        Shape::Saw => table::saw::ramp(phase),
    };
    Sample::at(t, v)
}
