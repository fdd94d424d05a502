// lints: redundant_semicolons
// Doubled semicolons left from editing; accepted with warnings.
struct Timer {
    ticks: u32,
}

impl Timer {
    fn tick(&mut self) {
        self.ticks += 1;;
    }
}

fn main() {
    let mut t = Timer { ticks: 0 };;
    for _ in 0..3 {
        t.tick();
    };
    println!("{}", t.ticks);;;
}
