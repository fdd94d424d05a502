fn main() {
    let grid: [i32, 3] = [1, 2, 3];
    println!("{:?}", grid);
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
