// An associated function (no `self` parameter) tries to use `self`.
struct Counter {
    count: u32,
    step: u32,
}

impl Counter {
    fn new(step: u32) -> Counter {
        Counter { count: 0, step }
    }

    fn advance() -> u32 {
        self.count += self.step;
        self.count
    }
}

fn main() {
    let c = Counter::new(2);
    println!("{}", c.count);
    println!("{}", Counter::advance());
}
