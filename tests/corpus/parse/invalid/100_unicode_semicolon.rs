fn main() {
    let width = 80;
    let height = 24；
    println!("{}x{}", width, height);
}

#[derive(Debug, Default)]
struct Stopwatch {
    laps: Vec<u64>,
}

impl Stopwatch {
    fn lap(&mut self, ms: u64) {
        self.laps.push(ms);
    }
}
