#[derive(Debug)]
struct Counter {
    hits: u32,
    misses: u32,
    name: Label,
}

#[derive(Debug)]
struct Label {
    text: &'static str,
}

impl Counter {
    fn hit(&mut self) {
        self.hits += 1;
    }

    fn ratio(&self) -> f64 {
        self.hits as f64 / (self.hits + self.misses) as f64
    }

    fn rename(&self, l: Label) {
        self.name = l;
    }

    fn take_label(self) -> Label {
        self.name
    }
}

fn bump_all(cs: &[Counter]) {
    for c in cs {
        c.hit();
    }
}

fn reset(c: &Counter) {
    c.hits = 0;
    c.misses = 0;
}

fn main() {
    let c = Counter { hits: 0, misses: 0, name: Label { text: "a" } };
    c.hit();
    let arr = [Counter { hits: 1, misses: 1, name: Label { text: "b" } }];
    bump_all(&arr);
    reset(&c);
    let lbl = c.take_label();
    println!("{}", c.ratio());
    let x = 5;
    let y = &mut x;
    *y += 1;
    println!("{:?} {}", lbl, x);
}
