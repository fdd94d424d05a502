// lints: unused_braces dead_code
// Filter taps whose counts are named constants; one length is written in
// braces (rustc warns about the braces, but the constant is still used).
const TAPS: usize = 4;
const SPARE: usize = 2;
const WEIGHTS: [i32; { TAPS }] = [1, 2, 3, 4];
const UNUSED_GAIN: i32 = 7;

struct Filter {
    history: [i32; TAPS],
    next: usize,
}

impl Filter {
    fn new() -> Filter {
        Filter { history: [0; TAPS], next: 0 }
    }

    fn push(&mut self, sample: i32) -> i32 {
        self.history[self.next] = sample;
        self.next = (self.next + 1) % TAPS;
        let mut acc = 0;
        for i in 0..TAPS {
            acc += self.history[i] * WEIGHTS[i];
        }
        acc
    }
}

fn main() {
    let mut f = Filter::new();
    for s in [3, 1, 4, 1, 5, 9] {
        println!("{}", f.push(s));
    }
}
