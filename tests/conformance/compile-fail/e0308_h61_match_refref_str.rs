// matching a &&str against string literals
fn price_of(fruit: &str) -> u32 {
    match fruit {
        "apple" => 30,
        "kiwi" => 55,
        _ => 0,
    }
}

fn main() {
    let basket = ["apple", "kiwi", "plum"];
    let mut total = 0;
    for item in basket.iter() {
        let discount = match item {
            "kiwi" => 5,
            _ => 0,
        };
        total += price_of(item) - discount;
    }
    println!("total: {}", total);
}
