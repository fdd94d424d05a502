// A misspelled method alongside liveness and dead-code warnings.
#[derive(Debug, Clone, Copy)]
struct Timer {
    ticks: u64,
    period: u64,
}

impl Timer {
    fn tick(&mut self) -> bool {
        self.ticks += 1;
        self.ticks % self.period == 0
    }

    fn reset(&mut self) {
        self.ticks = 0;
    }
}

fn run(t: &mut Timer, n: u32) -> u32 {
    let mut fired = 0;
    let mut last = 0;
    for i in 0..n {
        if t.tick() {
            fired += 1;
            last = i;
        }
    }
    t.rest();
    fired
}

fn main() {
    let mut t = Timer { ticks: 0, period: 3 };
    let unused_copy = t;
    println!("{}", run(&mut t, 10));
}
