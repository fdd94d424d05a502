static mut COUNTER: u32 = 0;

COUNTER = 10;

fn main() {
    unsafe {
        COUNTER += 1;
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
