// Audio mixing primitives.
#[derive(Debug, Clone, Copy)]
pub struct Channel {
    pub gain: f32,
    pub muted: bool,
}

pub const MAX_CHANNELS: usize = 8;

pub fn mix(channels: &[Channel]) -> f32 {
    let mut out = 0.0;
    for c in channels {
        if !c.muted {
            out += c.gain;
        }
    }
    out / channels.len() as f32
}

pub fn volume() -> f32 {
    0.8
}
