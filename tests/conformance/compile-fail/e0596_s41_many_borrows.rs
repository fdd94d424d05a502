// Eleven mutable borrows of a binding that is not mut: nine labels and a count.
struct C {
    n: u32,
}

impl C {
    fn inc(&mut self) {
        self.n += 1;
    }
}

fn main() {
    let c = C { n: 0 };
    c.inc();
    c.inc();
    c.inc();
    c.inc();
    c.inc();
    c.inc();
    c.inc();
    c.inc();
    c.inc();
    c.inc();
    c.inc();
    println!("{}", c.n);
}
