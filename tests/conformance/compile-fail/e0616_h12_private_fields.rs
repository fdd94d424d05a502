// A counter module: private fields and a private method used from main.
mod metrics {
    #[derive(Debug)]
    pub struct Counter {
        name: &'static str,
        hits: u64,
        pub enabled: bool,
    }

    pub struct Pair(pub u32, u32);

    impl Counter {
        pub fn new(name: &'static str) -> Counter {
            Counter { name, hits: 0, enabled: true }
        }

        pub fn hit(&mut self) {
            if self.enabled {
                self.bump(1);
            }
        }

        fn bump(&mut self, by: u64) {
            self.hits += by;
        }

        pub fn hits(&self) -> u64 {
            self.hits
        }
    }
}

fn main() {
    let mut c = metrics::Counter::new("requests");
    for _ in 0..5 {
        c.hit();
    }
    println!("{} = {}", c.name, c.hits());
    c.bump(10);
    let p = metrics::Pair(1, 2);
    println!("{} {}", p.0, p.1);
}
