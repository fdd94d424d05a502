#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Filter {
    Identity,
    Gain(f32),
    MovingAverage { window: usize },
}

pub fn apply(f: Filter, input: &[f32; 8], out: &mut [f32; 8]) {
    match f {
        Filter::Identity => *out = *input,
        Filter::Gain(g) => {
            for i in 0..input.len() {
                out[i] = input[i] * g;
            }
        }
        Filter::MovingAverage { window } => {
            for i in 0..input.len() {
                let start = if i + 1 >= window { i + 1 - window } else { 0 };
                let mut acc = 0.0;
                for j in start..=i {
                    acc += input[j];
                }
                out[i] = acc / (i - start + 1) as f32;
            }
            smooth_edges(out);
        }
    }
}

fn smooth_edge(out: &mut [f32; 8]) {
    out[0] = out[1];
}
