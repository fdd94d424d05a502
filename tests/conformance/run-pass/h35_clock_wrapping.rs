// A 16-bit tick counter that wraps: wrapping_sub for elapsed time, overflowing_add for rollover.
const TICKS_PER_MS: u16 = 4;
const ROLLOVER_WARN: u16 = u16::MAX - 100;

#[derive(Debug, Clone, Copy)]
struct Clock {
    ticks: u16,
    epochs: u32,
}

impl Clock {
    fn advance(&mut self, by: u16) {
        let (t, wrapped) = self.ticks.overflowing_add(by);
        self.ticks = t;
        if wrapped {
            self.epochs += 1;
        }
    }

    fn elapsed_ms(&self, since: u16) -> u16 {
        self.ticks.wrapping_sub(since) / TICKS_PER_MS
    }

    fn near_rollover(&self) -> bool {
        self.ticks >= ROLLOVER_WARN
    }
}

fn main() {
    let mut c = Clock { ticks: 65_000, epochs: 0 };
    let start = c.ticks;
    let steps: [u16; 5] = [200, 300, 36, 1000, 65_535];
    for s in steps {
        c.advance(s);
        println!("{:>5} epoch {} elapsed {:>5} ms near={}", c.ticks, c.epochs, c.elapsed_ms(start), c.near_rollover());
    }
    println!("{} {}", 5u16.wrapping_sub(10), 65_530u16.wrapping_add(10));
    println!("{:?}", 250u8.overflowing_mul(2));
    println!("{:?}", (-128i8).overflowing_neg());
}
