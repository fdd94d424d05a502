struct Counter {
    n: u32,
}

impl Counter {
    fn bump_twice(&mut self) {
        fn bump(c: &mut Self) {
            c.n += 1;
        }
        bump(self);
        bump(self);
    }
}

fn main() {
    let mut c = Counter { n: 0 };
    c.bump_twice();
    println!("{}", c.n);
}
