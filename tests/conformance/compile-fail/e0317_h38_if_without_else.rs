// Using an `if` without `else` as a value.
fn shipping_cost(weight: u32) -> u32 {
    if weight > 10 {
        15
    }
}

fn main() {
    let express = true;
    let fee = if express { 20 };
    println!("fee {fee}");
    let w = 12;
    let label = if w > 5 {
        "heavy"
    } else if w > 2 {
        "medium"
    };
    println!("{} {}", label, shipping_cost(w));
}
