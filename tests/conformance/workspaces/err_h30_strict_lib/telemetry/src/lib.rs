// Flight code: every warning is an error in this crate.
#![deny(warnings)]

pub mod frames;

use buffers::{Ring, CAP};

pub fn average(r: &Ring) -> i16 {
    let mut sum: i32 = 0;
    let mut i = 0;
    while i < r.len {
        sum += r.get(i) as i32;
        i += 1;
    }
    if r.len == 0 { 0 } else { (sum / r.len as i32) as i16 }
}

fn calibrate(raw: i16) -> i16 {
    raw - 12
}
