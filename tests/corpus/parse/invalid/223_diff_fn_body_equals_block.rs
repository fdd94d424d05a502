// A Scala-style method body `fn f() -> T = { .. }`, with no `;` after the block.
struct Meters(f64);

impl Meters {
    fn double(&self) -> f64 = {
        self.0 * 2.0
    }

    fn half(&self) -> f64 {
        self.0 / 2.0
    }
}

fn main() {
    let m = Meters(3.0);
    println!("{} {}", m.double(), m.half());
}
