// Function parameter missing its colon.
struct Acc {
    total: i64,
}

impl Acc {
    fn add(&mut self, amount i64) {
        self.total += amount;
    }
}

fn main() {
    let mut a = Acc { total: 0 };
    a.add(5);
    a.add(7);
    println!("{}", a.total);
}
