use crate::kinds::{Kind, Lamp};

pub const MAX_WATTS: u32 = 2_000;

pub fn watts_for(lamp: &Lamp) -> u32 {
    if !lamp.lit {
        return 0;
    }
    let base = lamp.kind as u32 * 10;
    base * lamp.brightness as u32 / 255 + extra(lamp.kind)
}

fn extra(kind: Kind) -> u32 {
    match kind {
        Kind::Sodium => 15,
        _ => 0,
    }
}
