// lints: unused_mut
// `mut` bindings that are only borrowed, mutated through methods, or truly needed.
struct Counter {
    hits: u32,
}

impl Counter {
    fn bump(&mut self) {
        self.hits += 1;
    }

    fn get(&self) -> u32 {
        self.hits
    }
}

fn fill(buf: &mut [u8; 4], v: u8) {
    for i in 0..4 {
        buf[i] = v;
    }
}

fn needed_mut() -> u32 {
    let mut c = Counter { hits: 0 };
    c.bump();
    let mut buf = [0u8; 4];
    fill(&mut buf, 2);
    let mut total = 0;
    for b in buf {
        total += b as u32;
    }
    total + c.get()
}

fn unneeded_mut() -> u32 {
    let mut c = Counter { hits: 3 };
    let mut buf = [1u8; 4];
    let r = &buf;
    let mut alias = &mut Counter { hits: 1 };
    alias.bump();
    let mut reader = &c;
    c.get() + r[0] as u32 + alias.get() + reader.get()
}

fn through_ref(counter: &mut Counter) -> u32 {
    let mut handle = counter;
    handle.bump();
    handle.get()
}

fn compound_in_loop(limit: u32) -> u32 {
    let mut acc = 0;
    let mut step = 2;
    let mut rounds = 0;
    while rounds < limit {
        acc += step;
        rounds += 1;
    }
    acc
}

fn params(mut a: u32, mut b: u32, mut c: Counter) -> u32 {
    a += 1;
    c.bump();
    a + b + c.get()
}

fn patterns(pair: (u32, u32)) -> u32 {
    let (mut x, mut y) = pair;
    x *= 2;
    x + y
}

fn main() {
    println!("{}", needed_mut());
    println!("{}", unneeded_mut());
    let mut c = Counter { hits: 0 };
    println!("{}", through_ref(&mut c));
    println!("{}", compound_in_loop(3));
    println!("{}", params(1, 2, Counter { hits: 0 }));
    println!("{}", patterns((1, 2)));
}
