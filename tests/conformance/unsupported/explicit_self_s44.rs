// Valid Rust outside tier L1: one method with an explicitly typed `self` (line 8);
// nothing that calls it or follows from it is reported.
struct Counter {
    hits: u32,
}

impl Counter {
    fn bump(self: &mut Self, by: u32) {
        self.hits += by;
    }

    fn total(&self) -> u32 {
        self.hits
    }
}

fn main() {
    let mut c = Counter { hits: 0 };
    c.bump(2);
    println!("{}", c.total());
}
