// Shipping cost: the branches of an if expression return different types,
// and an integer literal is used where a float is needed.
fn shipping_cost(weight_kg: f64, express: bool) -> f64 {
    let base = if weight_kg < 1.0 { 4.99 } else { "heavy" };
    let extra: f64 = if express { 10.0 } else { 0 };
    base + extra
}

fn main() {
    println!("{}", shipping_cost(0.5, true));
}
