// lints: dead_code
// Self-assignments of a field and a variable: useless, as rustc's dead-code pass says.
struct Counter { n: u32, step: u32 }
impl Counter {
    fn bump(&mut self) -> u32 {
        self.n = self.n;
        self.n += self.step;
        self.n
    }
}
fn main() {
    let mut c = Counter { n: 1, step: 2 };
    let mut last = c.bump();
    last = last;
    println!("{} {}", last, c.step);
}
