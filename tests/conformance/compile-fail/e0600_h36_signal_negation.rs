// Signal processing on unsigned samples; negation applied to types that do not support it.
const SAMPLES: [u16; 8] = [512, 530, 498, 470, 600, 512, 505, 520];
const MID: u16 = 512;

#[derive(Debug, Clone, Copy)]
struct Window {
    start: usize,
    len: usize,
}

fn offsets(samples: &[u16], out: &mut [i32; 8]) {
    for (i, &s) in samples.iter().enumerate() {
        out[i] = s as i32 - MID as i32;
    }
}

fn invert(samples: &[u16; 8]) -> [u16; 8] {
    let mut out = [0u16; 8];
    for i in 0..8 {
        // mistake: unary minus on u16
        out[i] = MID.wrapping_add(-(samples[i] - MID));
    }
    out
}

fn energy(w: Window, offs: &[i32; 8]) -> i64 {
    let mut e = 0i64;
    for i in w.start..w.start + w.len {
        e += (offs[i] as i64).pow(2);
    }
    e
}

fn main() {
    let mut offs = [0i32; 8];
    offsets(&SAMPLES, &mut offs);
    let inv = invert(&SAMPLES);
    println!("offsets {:?}", offs);
    println!("inverted {:?}", inv);
    let w = Window { start: 2, len: 4 };
    let e = energy(w, &offs);
    let quiet = e < 10_000;
    // mistake: `!` on a struct
    let other = !w;
    println!("energy {} quiet {} {:?}", e, !quiet, other);
}
