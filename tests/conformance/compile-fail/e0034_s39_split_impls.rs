// A counter type whose impl was split over three blocks during a refactor;
// some items now exist in more than one block.
#[derive(Debug, Clone, Copy)]
struct Counter {
    value: u32,
    step: u32,
}

impl Counter {
    const LIMIT: u32 = 1_000;

    fn new(step: u32) -> Counter {
        Counter { value: 0, step }
    }

    fn advance(&mut self) {
        self.value += self.step;
    }

    fn reset(&mut self) {
        self.value = 0;
    }

    fn reset(&mut self) {
        self.value = 1;
    }
}

impl Counter {
    fn advance(&mut self) {
        self.value = (self.value + self.step) % Self::LIMIT;
    }

    fn is_full(&self) -> bool {
        self.value >= Counter::LIMIT
    }
}

impl Counter {
    const LIMIT: u32 = 500;

    fn new(step: u32) -> Counter {
        Counter { value: 1, step }
    }

    fn report(&self) -> u32 {
        self.value
    }
}

fn main() {
    let mut c = Counter::new(7);
    for _ in 0..10 {
        c.advance();
    }
    c.reset();
    println!("{} {} {}", c.report(), c.is_full(), Counter::LIMIT);
}
