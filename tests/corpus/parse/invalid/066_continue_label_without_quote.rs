fn main() {
    let words = ["apple", "", "banana", "cherry"];
    'next: for w in words {
        if w.is_empty() {
            continue next;
        }
        println!("{}", w);
    }
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
