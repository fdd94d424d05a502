// Sensor records with tuple structs and a derived Default.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct Celsius(f32);

#[derive(Debug, Clone, Copy, Default)]
struct Sample(u32, Celsius, u8);

#[derive(Debug, Clone, Copy, Default)]
struct Station {
    id: u16,
    last: Sample,
    samples: u32,
}

impl Station {
    fn record(&mut self, ts: u32, t: f32) {
        self.last = Sample(ts, Celsius(t), self.last.2 + 1);
        self.samples += 1;
    }

    fn hot(&self) -> bool {
        self.last.1 .0 > 30.0
    }
}

fn main() {
    let mut s = Station { id: 7, ..Default::default() };
    s.record(100, 21.5);
    s.record(160, 31.0);
    println!("{:?} hot={}", s, s.hot());
    let blank = Station::default();
    println!("{} {}", blank.samples, blank.last.3);
    let named = Station { id: 8, samples: 0, last: Sample::default(), name: 1 };
    let wrong = Sample { 0: 5, 1: Celsius(0.0), 2: 1, 3: 0 };
    println!("{:?} {:?}", named, wrong);
}
