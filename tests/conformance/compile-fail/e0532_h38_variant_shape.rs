// Matching a unit variant as if it had data, and a tuple variant as if it were unit.
#[derive(Debug)]
enum Coin {
    Penny,
    Nickel,
    Quarter(u16),
}

fn value(c: &Coin) -> u32 {
    match c {
        Coin::Penny(n) => 1,
        Coin::Nickel => 5,
        Coin::Quarter => 25,
    }
}

fn main() {
    let coins = [Coin::Penny, Coin::Quarter(1999), Coin::Nickel];
    let mut sum = 0;
    for c in &coins {
        sum += value(c);
    }
    println!("{sum}");
}
