// Valid Rust outside tier L1: a trait implemented for `i32` (lines 3-8) and
// called on an `i32` and on an integer literal. The calls are indeterminate,
// never "no method found".
trait Halve {
    fn halve(self) -> i32;
}
impl Halve for i32 {
    fn halve(self) -> i32 { self / 2 }
}

fn main() {
    let budget: i32 = 840;
    let share = budget.halve();
    let tip = 30.halve();
    println!("{} {}", share, tip);
}
