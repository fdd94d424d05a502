#[derive(Debug, Clone, Copy)]
struct Counter {
    count: u32,
    step: u32,
}

impl Counter {
    fn count(&self) -> u32 {
        self.count
    }

    fn step(mut self) -> Self {
        self.count += self.step;
        self
    }
}

fn main() {
    let c = Counter { count: 0, step: 2 };
    let c = c.step().step();
    println!("{} {} {}", c.count, c.count(), c.step);
}
