// lints: unused_braces unused_parens
// Signal processing helpers with braces left around values after refactoring.
const TAPS: usize = 4;
const WEIGHTS: [i32; { TAPS }] = [1, 3, 3, 1];

fn scale(v: i32, k: i32) -> i32 {
    v * k
}

fn filter(samples: &[i32; 8], at: usize) -> i32 {
    let mut acc = 0;
    for i in 0..TAPS {
        acc += scale(samples[at + i], { WEIGHTS[i] });
    }
    return { acc / 8 };
}

fn clip(v: i32) -> i32 {
    if (v > 100) {
        { 100 }
    } else {
        v
    }
}

#[allow(unused_braces)]
fn gain(v: i32) -> i32 {
    scale({ v }, 2)
}

struct Mixer {
    level: i32,
}

#[warn(unused_braces)]
impl Mixer {
    fn apply(&self, v: i32) -> i32 {
        let mixed = scale(v, { self.level });
        let padded = [0i32; { 2 }];
        mixed + padded.len() as i32
    }
}

fn main() {
    let samples = [10, 20, 30, 40, 50, 60, 70, 80];
    let m = Mixer { level: 3 };
    let out = filter(&samples, 2);
    println!("{} {} {} {}", out, clip(out * 5), gain(out), m.apply(out));
}
