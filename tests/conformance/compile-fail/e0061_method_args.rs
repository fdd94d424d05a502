// A timer API where methods are called with the wrong number of arguments.
struct Timer {
    elapsed_ms: u64,
    laps: u32,
}

impl Timer {
    fn tick(&mut self, ms: u64) {
        self.elapsed_ms += ms;
    }
    fn lap(&mut self) -> u64 {
        self.laps += 1;
        self.elapsed_ms
    }
    fn reset(&mut self) {
        self.elapsed_ms = 0;
        self.laps = 0;
    }
}

fn main() {
    let mut t = Timer { elapsed_ms: 0, laps: 0 };
    t.tick();
    t.tick(250);
    println!("{}", t.lap(1));
    t.reset(true);
    println!("{} {}", t.elapsed_ms, t.laps);
}
