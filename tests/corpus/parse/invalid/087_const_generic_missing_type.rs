struct Buffer<const N> {
    data: [u8; N],
}

fn main() {
    let b = Buffer::<4> { data: [0; 4] };
    println!("{}", b.data.len());
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
