// lints: unused_variables unused_mut
// #[allow] on a function, an impl, and a single statement.
struct Counter {
    n: u32,
}

#[allow(unused_variables)]
impl Counter {
    fn bump(&mut self, by: u32, reason: u32) {
        self.n += by;
    }
}

impl Counter {
    fn reset(&mut self, note: u32) {
        let mut old = self.n;
        self.n = 0;
    }
}

#[allow(unused_mut)]
fn build() -> Counter {
    let mut c = Counter { n: 0 };
    let mut spare = 3;
    println!("{}", spare);
    c
}

fn main() {
    let mut c = build();
    c.bump(2, 9);
    #[allow(unused_variables)]
    let tmp = 5;
    let unused_here = 6;
    let mut never_changed = 7;
    println!("{}", never_changed);
    c.reset(1);
    println!("{}", c.n);
}
