// Audio mixer: fixed-length sample buffers, gain stages and effects,
// organised in nested modules with re-exports and glob imports.

mod dsp {
    pub const BLOCK: usize = 16;
    pub type Block = [f32; BLOCK];

    pub mod gain {
        use super::{Block, BLOCK};

        pub fn db_to_linear(db: f32) -> f32 {
            10f32.powf(db / 20.0)
        }

        pub fn apply(buf: &mut Block, db: f32) {
            let g = db_to_linear(db);
            for i in 0..BLOCK {
                buf[i] *= g;
            }
        }

        pub fn peak(buf: &Block) -> f32 {
            let mut p = 0.0f32;
            for s in buf.iter() {
                p = p.max(s.abs());
            }
            p
        }
    }

    pub mod fx {
        use super::super::dsp::{Block, BLOCK};
        use super::gain::peak;

        #[derive(Debug, Clone, Copy, PartialEq)]
        pub enum Effect {
            Bypass,
            Clip { limit: f32 },
            Echo { delay: usize, feedback: f32 },
            Invert,
            Fade { from: f32, to: f32 },
        }

        pub fn process(buf: &mut Block, fx: Effect) {
            match fx {
                Effect::Bypass => {}
                Effect::Clip { limit } => {
                    for s in buf.iter_mut() {
                        *s = s.clamp(-limit, limit);
                    }
                }
                Effect::Echo { delay, feedback } => {
                    let src = *buf;
                    for i in delay..BLOCK {
                        buf[i] += src[i - delay] * feedback;
                    }
                }
                Effect::Invert => {
                    for s in buf.iter_mut() {
                        *s = -*s;
                    }
                }
                Effect::Fade { from, to } => {
                    for (i, s) in buf.iter_mut().enumerate() {
                        let t = i as f32 / (BLOCK - 1) as f32;
                        *s *= from + (to - from) * t;
                    }
                }
            }
        }

        pub fn is_hot(buf: &Block) -> bool {
            peak(buf) > 0.99
        }
    }

    pub use self::fx::Effect;
    pub use self::gain::peak;
}

mod mixer {
    use crate::dsp::*;
    use crate::dsp::fx::process;
    use crate::dsp::gain::apply as apply_gain;

    #[derive(Debug, Clone, Copy)]
    pub struct Channel {
        pub name: &'static str,
        pub gain_db: f32,
        pub pan: f32,
        pub mute: bool,
        pub fx: Effect,
    }

    pub fn mix(channels: &[Channel], inputs: &[Block], left: &mut Block, right: &mut Block) {
        *left = [0.0; BLOCK];
        *right = [0.0; BLOCK];
        for (ch, input) in channels.iter().zip_with(inputs) {
            if ch.mute {
                continue;
            }
            let mut buf = *input;
            apply_gain(&mut buf, ch.gain_db);
            process(&mut buf, ch.fx);
            let l = (1.0 - ch.pan) * 0.5;
            let r = (1.0 + ch.pan) * 0.5;
            for i in 0..BLOCK {
                left[i] += buf[i] * l;
                right[i] += buf[i] * r;
            }
        }
    }
}

use dsp::{Block, Effect, BLOCK};
use dsp::gain::peak;
use dsp::peak;
use mixer::{mix, Channel};

fn sine(freq: f32, amp: f32) -> Block {
    let mut b = [0.0; BLOCK];
    for i in 0..BLOCK {
        b[i] = amp * (2.0 * std::f32::consts::PI * freq * i as f32 / BLOCK as f32).sin();
    }
    b
}

fn square(period: usize, amp: f32) -> Block {
    let mut b = [0.0; BLOCK];
    for i in 0..BLOCK {
        b[i] = if (i / period) % 2 == 0 { amp } else { -amp };
    }
    b
}

fn main() {
    let inputs = [sine(1.0, 0.8), square(4, 0.5), sine(3.0, 0.3)];
    let channels = [
        Channel { name: "bass", gain_db: 0.0, pan: -0.5, mute: false, fx: Effect::Clip { limit: 0.6 } },
        Channel { name: "drums", gain_db: -6.0, pan: 0.0, mute: false, fx: Effect::Echo { delay: 3, feedback: 0.4 } },
        Channel { name: "keys", gain_db: 3.0, pan: 0.7, mute: false, fx: Effect::Fade { from: 1.0, to: 0.0 } },
    ];
    let mut left = [0.0; BLOCK];
    let mut right = [0.0; BLOCK];
    mix(&channels, &inputs, &mut left, &mut right);
    for i in 0..BLOCK {
        println!("{:>2} {:>8.4} {:>8.4}", i, left[i], right[i]);
    }
    println!("peaks L={:.3} R={:.3} hot={}", peak(&left), peak(&right), dsp::fx::is_hot(&left));
    for c in channels.iter() {
        println!("{:<6} {:?}", c.name, c.fx);
    }
}
