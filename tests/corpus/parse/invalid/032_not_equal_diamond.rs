fn differs(a: &str, b: &str) -> bool {
    a <> b
}

fn main() {
    println!("{}", differs("x", "y"));
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
