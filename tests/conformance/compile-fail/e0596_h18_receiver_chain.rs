// A `&mut self` method is called on a non-`mut` local, and a `&self` method tries to call
// a `&mut self` method of a nested field.
struct Counter {
    hits: u32,
}

impl Counter {
    fn bump(&mut self) -> u32 {
        self.hits += 1;
        self.hits
    }
}

struct Gate {
    name: &'static str,
    counter: Counter,
}

impl Gate {
    fn pass(&self) -> u32 {
        self.counter.bump()
    }

    fn reset(&mut self) {
        self.counter.hits = 0;
    }
}

fn main() {
    let gate = Gate { name: "east", counter: Counter { hits: 0 } };
    let mut total = 0;
    for _ in 0..3 {
        total += gate.pass();
    }
    gate.reset();
    println!("{} passed {} times", gate.name, total);
}
