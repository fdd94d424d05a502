// Method mistakes: mutating through &self, and calling a &mut self method on an immutable binding.
#[derive(Debug)]
struct Counter {
    count: u32,
    step: u32,
}

impl Counter {
    fn new(step: u32) -> Counter {
        Counter { count: 0, step }
    }

    fn tick(&self) {
        // mistake 1: self is a shared reference
        self.count += self.step;
    }

    fn reset(&mut self) {
        self.count = 0;
    }

    fn value(&self) -> u32 {
        self.count
    }
}

fn main() {
    let c = Counter::new(2);
    c.tick();
    println!("{}", c.value());
    // mistake 2: c is not declared mut
    c.reset();
    println!("{:?}", c);
}
