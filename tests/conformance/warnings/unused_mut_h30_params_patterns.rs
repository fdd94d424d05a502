// lints: unused_mut unused_variables
// A bowling score card: `mut` on parameters, self, pattern bindings and ref mut.

#[derive(Debug, Clone, Copy)]
struct Frame {
    first: u8,
    second: u8,
}

struct Card {
    frames: [Frame; 4],
    bonus: u32,
}

impl Card {
    fn total(mut self) -> u32 {
        let mut sum = self.bonus;
        for f in self.frames {
            sum += (f.first + f.second) as u32;
        }
        sum
    }

    fn strikes(&self, mut limit: usize) -> usize {
        let mut n = 0;
        for f in &self.frames[..limit] {
            if f.first == 10 {
                n += 1;
            }
        }
        n
    }

    fn fix_frame(&mut self, i: usize) {
        let Frame { mut first, second } = self.frames[i];
        if first > 10 {
            first = 10;
        }
        self.frames[i] = Frame { first, second };
    }
}

fn spare_count(frames: &mut [Frame; 4]) -> u32 {
    let mut count = 0;
    for i in 0..frames.len() {
        let f = &mut frames[i];
        let (mut a, mut b) = (f.first, f.second);
        if a != 10 && a + b == 10 {
            count += 1;
        }
        let ref mut pins = f.second;
        *pins += 0;
    }
    count
}

fn describe(mut f: Frame) -> &'static str {
    match f {
        Frame { first: 10, second: mut rest } => "strike",
        Frame { first: mut a, second: b } if a + b == 10 => "spare",
        _ => "open",
    }
}

fn main() {
    let mut frames = [
        Frame { first: 10, second: 0 },
        Frame { first: 7, second: 3 },
        Frame { first: 12, second: 0 },
        Frame { first: 4, second: 2 },
    ];
    println!("spares {}", spare_count(&mut frames));
    println!("{}", describe(frames[1]));
    let mut card = Card { frames, bonus: 10 };
    card.fix_frame(2);
    println!("strikes {}", card.strikes(4));
    println!("total {}", card.total());
}
