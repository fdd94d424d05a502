// Writes through shared references returned by methods and functions: the call result is
// a `&T`, so neither assignment nor a mutable borrow through it is allowed.
#[derive(Debug)]
struct Scores {
    values: [u32; 3],
    best: u32,
}

impl Scores {
    fn best_ref(&self) -> &u32 {
        &self.best
    }

    fn view(&self) -> &[u32; 3] {
        &self.values
    }
}

fn largest(a: &u32, b: &u32) -> &'static str {
    if a > b { "a" } else { "b" }
}

fn main() {
    let mut s = Scores { values: [4, 9, 2], best: 0 };
    *s.best_ref() = 9;
    s.view()[2] = 7;
    let slot = &mut s.view()[0];
    *slot += 1;
    s.best = 10;
    println!("{:?} {}", s, largest(&s.best, &s.values[1]));
}
