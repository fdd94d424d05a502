// Methods called through several layers of references.
#[derive(Debug)]
struct Counter {
    n: u32,
}

impl Counter {
    fn inc(&mut self) -> &mut Counter {
        self.n += 1;
        self
    }
    fn get(&self) -> u32 {
        self.n
    }
    fn into_n(self) -> u32 {
        self.n
    }
}

fn bump_twice(c: &mut &mut Counter) {
    c.inc().inc();
}

fn read(c: &&Counter) -> u32 {
    c.get()
}

fn try_inc(c: &&mut Counter) {
    c.inc();
}

fn main() {
    let mut c = Counter { n: 0 };
    let mut r = &mut c;
    bump_twice(&mut r);
    try_inc(&r);
    let v = read(&&c);
    let fixed = Counter { n: 5 };
    fixed.inc();
    let chained = Counter { n: 1 }.inc().get();
    println!("{} {} {}", v, chained, Counter { n: 2 }.into_n());
}
