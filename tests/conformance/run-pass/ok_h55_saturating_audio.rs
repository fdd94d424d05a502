// Mixing 16-bit audio samples with saturation and a simple soft clip.
const FRAMES: usize = 8;

fn mix(a: &[i16; FRAMES], b: &[i16; FRAMES]) -> [i16; FRAMES] {
    let mut out = [0i16; FRAMES];
    for i in 0..FRAMES {
        out[i] = a[i].saturating_add(b[i]);
    }
    out
}

fn gain(samples: &mut [i16], num: i32, den: i32) {
    for s in samples.iter_mut() {
        let scaled = (*s as i32 * num).div_euclid(den);
        *s = scaled.clamp(i16::MIN as i32, i16::MAX as i32) as i16;
    }
}

fn soft_clip(x: f32) -> f32 {
    if x.abs() < 1.0 { x - x.powi(3) / 3.0 } else { (if x > 0.0 { 1.0 } else { -1.0 }) * 2.0 / 3.0 }
}

fn peak(samples: &[i16]) -> u16 {
    let mut p = 0u16;
    for &s in samples {
        p = p.max(s.unsigned_abs());
    }
    p
}

fn main() {
    let a = [30000, -30000, 100, 0, 16000, -16000, i16::MAX, i16::MIN];
    let b = [10000, -10000, -100, 0, 16000, -17000, 1, -1];
    let mut m = mix(&a, &b);
    println!("{:?}", m);
    gain(&mut m, 3, 4);
    println!("{:?} peak={}", m, peak(&m));
    for x in [-2.0f32, -0.5, 0.0, 0.5, 2.0] {
        print!("{:.3} ", soft_clip(x));
    }
    println!();
    println!("{}", (-7i32).div_euclid(2));
}
