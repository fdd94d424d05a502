// lints: unused_parens while_true unused_mut
// Sample converter with redundant parentheses around casts and conditions.
#[derive(Debug, Clone, Copy)]
struct Sample {
    raw: u16,
    scale: u8,
}

impl Sample {
    fn volts(&self) -> f32 {
        let v = (self.raw as f32);
        v * (self.scale as f32) / 4096.0
    }

    fn code(&self) -> u8 {
        return (self.raw >> 8) as u8;
    }
}

fn drain(samples: &[Sample]) -> u32 {
    let mut i = 0;
    let mut sum = 0u32;
    while true {
        if (i >= samples.len()) {
            break;
        }
        sum += (samples[i].code() as u32);
        i += 1;
    }
    sum
}

fn main() {
    let mut s = [Sample { raw: 1000, scale: 3 }, Sample { raw: 4095, scale: 1 }];
    let total = (drain(&s));
    let first = (s[0]);
    println!("{} {} {}", total, first.volts(), (s[1].raw as u32));
}
