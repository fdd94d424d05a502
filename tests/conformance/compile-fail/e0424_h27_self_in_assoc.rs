// Timer wheel: `self` used in associated functions and fields named without `self.`.
#[derive(Debug)]
struct Wheel {
    slots: [u32; 8],
    cursor: usize,
}

impl Wheel {
    const SIZE: usize = 8;

    fn new() -> Wheel {
        Wheel { slots: [0; 8], cursor: 0 }
    }

    fn schedule(&mut self, delay: usize) {
        let slot = (cursor + delay) % Self::SIZE;
        self.slots[slot] += 1;
    }

    fn advance(&mut self) -> u32 {
        self.cursor = (self.cursor + 1) % SIZE;
        let due = self.slots[self.cursor];
        self.slots[self.cursor] = 0;
        due
    }

    fn pending() -> u32 {
        let mut n = 0;
        for s in self.slots {
            n += s;
        }
        n
    }
}

fn main() {
    let mut w = Wheel::new();
    w.schedule(3);
    w.schedule(1);
    let mut fired = 0;
    for _ in 0..4 {
        fired += w.advance();
    }
    println!("{} {}", fired, Wheel::pending());
}
