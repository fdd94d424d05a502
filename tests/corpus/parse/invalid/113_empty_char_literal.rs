fn strip(s: &str) -> String {
    s.chars().filter(|&c| c != '').collect()
}

fn main() {
    println!("{}", strip("a b"));
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
