// A xorshift pseudo-random generator implementing Iterator, with range sampling and shuffling.
#[derive(Debug, Clone)]
pub struct XorShift64 {
    state: u64,
}

impl XorShift64 {
    pub fn seeded(seed: u64) -> Self {
        XorShift64 { state: if seed == 0 { 0x9E37_79B9_7F4A_7C15 } else { seed } }
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.state;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.state = x;
        x
    }

    pub fn below(&mut self, n: u64) -> u64 {
        assert_ne!(n, 0);
        let zone = u64::MAX - u64::MAX % n;
        loop {
            let v = self.next_u64();
            if v < zone {
                return v % n;
            }
        }
    }

    pub fn unit_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i as u64 + 1) as usize;
            items.swap(i, j);
        }
    }

    pub fn choose<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        if items.is_empty() { None } else { items.get(self.below(items.len() as u64) as usize) }
    }
}

impl Iterator for XorShift64 {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        Some(self.next_u64())
    }
}

fn main() {
    let mut rng = XorShift64::seeded(42);
    let rolls: Vec<u64> = (0..10).map(|_| rng.below(6) + 1).collect();
    let mut deck: Vec<u8> = (1..=10).collect();
    rng.shuffle(&mut deck);
    let mean = (0..10_000).map(|_| rng.unit_f64()).sum::<f64>() / 10_000.0;
    println!("{rolls:?}\n{deck:?}\n{mean:.3} {:?}", rng.choose(&["a", "b", "c"]));
    let firsts: Vec<u64> = XorShift64::seeded(1).take(3).map(|v| v % 100).collect();
    println!("{firsts:?}");
}
