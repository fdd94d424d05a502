// A turnstile counter whose methods take the wrong kind of receiver.
#[derive(Debug, Clone, Copy)]
struct Turnstile {
    passes: u32,
    rejected: u32,
    limit: u32,
}

impl Turnstile {
    const DEFAULT_LIMIT: u32 = 3;

    fn new() -> Self {
        Self { passes: 0, rejected: 0, limit: Self::DEFAULT_LIMIT }
    }

    fn admit(&mut self) -> bool {
        if self.passes < self.limit {
            self.passes += 1;
            true
        } else {
            self.rejected += 1;
            false
        }
    }

    // Looks like a query, but tries to reset through &self.
    fn drain(&self) -> u32 {
        let total = self.passes;
        self.reset();
        total
    }

    fn reset(&mut self) {
        self.passes = 0;
    }

    fn summary(&self) -> (u32, u32) {
        (self.passes, self.rejected)
    }
}

fn run_gate(gate: &Turnstile, visitors: u32) -> u32 {
    let mut admitted = 0;
    for _ in 0..visitors {
        if gate.admit() {
            admitted += 1;
        }
    }
    admitted
}

fn main() {
    let gate = Turnstile::new();
    let mut spare = Turnstile::new();
    spare.reset();
    let n = run_gate(&gate, 5);
    println!("admitted {}", n);
    let (p, r) = gate.summary();
    println!("{} {} {}", p, r, spare.drain());
    gate.admit();
}
