// if mistakes: an `if` without `else` used as a value, and branches of different types.
fn discount(total: u32, member: bool) -> u32 {
    // mistake 1: missing else branch
    let off = if member { total / 10 };
    total - off
}

fn shipping(weight_kg: f64) -> f64 {
    // mistake 2: the branches disagree
    if weight_kg > 20.0 {
        15.0
    } else {
        5
    }
}

fn main() {
    println!("{}", discount(200, true));
    println!("{:.2}", shipping(3.5));
}
