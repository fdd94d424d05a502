struct Counter {
    hits: u64,
}

impl Counter {
    fn bump(&mut self) {
        self.hits += 1;
    }
}

fn main() {
    let mut c = Counter { hits: 0 };
    for _ in 0..5 {
        c.bump();
    }
    println!("hits = {", c.hits);
}
