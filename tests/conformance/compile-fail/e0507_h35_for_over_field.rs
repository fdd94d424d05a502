// Iterating over array fields of a borrowed struct.
#[derive(Debug)]
struct Sample {
    t: u32,
    v: i16,
}

struct Recorder {
    samples: [Sample; 3],
    gains: [i16; 3],
    name_len: usize,
}

impl Recorder {
    fn sum(&self) -> i32 {
        let mut s = 0;
        for smp in &self.samples {
            s += smp.v as i32;
        }
        s
    }

    fn peak(&self) -> i16 {
        let mut best = i16::MIN;
        for smp in self.samples.iter() {
            best = best.max(smp.v);
        }
        best
    }

    fn gain_total(&self) -> i32 {
        let mut g = 0;
        for x in self.gains {
            g += x as i32;
        }
        g
    }

    fn last_time(&self) -> u32 {
        let mut last = 0;
        for smp in self.samples {
            last = smp.t;
        }
        last
    }

    fn scale(&mut self) {
        for smp in &mut self.samples {
            smp.v *= 2;
        }
    }
}

fn main() {
    let mut r = Recorder {
        samples: [Sample { t: 0, v: 3 }, Sample { t: 5, v: -7 }, Sample { t: 9, v: 12 }],
        gains: [1, 2, 3],
        name_len: 4,
    };
    r.scale();
    println!("{} {} {} {}", r.sum(), r.peak(), r.gain_total(), r.name_len);
    println!("{}", r.last_time());
}
