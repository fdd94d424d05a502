// Signal processing warm-up: moving average and sign flips on fixed buffers.
const WINDOW: usize = 3;

struct Signal {
    samples: [i16; 8],
    gain: u8,
}

impl Signal {
    fn moving_average(&self, out: &mut [i32; 8]) {
        for i in 0..self.samples.len() {
            let start = if i + 1 >= WINDOW { i + 1 - WINDOW } else { 0 };
            let mut sum = 0i32;
            for j in start..=i {
                sum += self.samples[j] as i32;
            }
            out[i] = sum / (i - start + 1) as i32;
        }
    }

    fn invert(&mut self) {
        for s in self.samples.iter_mut() {
            *s = -*s;
        }
    }

    fn amplify(&self, idx: usize) -> i32 {
        self.samples[idx] as i32 * self.gain as i32
    }

    fn peak_index(&self) -> usize {
        let mut best = 0;
        for i in 0..self.samples.len() {
            if self.samples[i].abs() > self.samples[best].abs() {
                best = i;
            }
        }
        best
    }

    fn label(&self) -> char {
        let code = 65u32 + self.gain as u32;
        code as char
    }
}

fn main() {
    let mut s = Signal { samples: [3, -7, 12, 0, -1, 8, -15, 4], gain: 2 };
    let mut avg = [0i32; 8];
    s.moving_average(&mut avg);
    println!("avg {:?}", avg);
    s.invert();
    let p = s.peak_index();
    println!("peak at {} amplified {}", p, s.amplify(p));
    let offset = -p;
    println!("label {} offset {}", s.label(), offset);
}
