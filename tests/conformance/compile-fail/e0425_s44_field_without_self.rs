// A struct's fields named without `self.` inside its methods.
struct Counter {
    hits: u32,
    name: &'static str,
}
impl Counter {
    fn bump(&mut self) {
        hits += 1;
    }
    fn label(&self) -> &str {
        name
    }
    fn twice(&self) -> u32 {
        double(hits)
    }
    fn copy(&self) -> Counter {
        Counter { hits, name: self.name }
    }
}
fn double(x: u32) -> u32 { x * 2 }
fn main() {
    let mut c = Counter { hits: 0, name: "c" };
    c.bump();
    println!("{} {}", c.twice(), c.copy().hits);
}

impl Counter {
    fn fresh() -> Counter {
        Counter { hits: 0, name }
    }

    fn report(&self) {
        println!("{name}: {}", self.hits);
    }
}
