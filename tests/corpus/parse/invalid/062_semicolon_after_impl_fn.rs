struct Timer {
    ticks: u64,
}

impl Timer {
    fn tick(&mut self) {
        self.ticks += 1;
    };

    fn elapsed(&self) -> u64 {
        self.ticks
    }
}

fn main() {
    let mut t = Timer { ticks: 0 };
    t.tick();
    println!("{}", t.elapsed());
}
