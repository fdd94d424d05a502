fn main() {
    let avogadro = 6.022e;
    println!("{}", avogadro);
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
