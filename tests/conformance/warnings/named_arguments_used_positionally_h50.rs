// lints: named_arguments_used_positionally
fn main() {
    let cost = 25;
    println!("cost: {}", value = cost);
    println!("{} and {v}", v = 3);
}
