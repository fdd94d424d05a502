// An audio buffer filled through mutable slice borrows of an immutable array.
fn fill_silence(buf: &mut [i16]) {
    for i in 0..buf.len() {
        buf[i] = 0;
    }
}

fn ramp(buf: &mut [i16], step: i16) {
    let mut v = 0;
    for i in 0..buf.len() {
        buf[i] = v;
        v = v.saturating_add(step);
    }
}

fn peak(buf: &[i16]) -> i16 {
    let mut best = 0;
    for s in buf {
        best = best.max(s.abs());
    }
    best
}

fn main() {
    let samples = [5i16; 16];
    fill_silence(&mut samples[0..4]);
    ramp(&mut samples[4..], 100);
    let first = &mut samples[0];
    *first = 7;
    println!("peak {}", peak(&samples));
}
