// Forgetting a variant in a match, and forgetting the catch-all on integers.
#[derive(Debug)]
enum Coin {
    Penny,
    Nickel,
    Dime,
    Quarter,
    HalfDollar,
}

fn value_in_cents(coin: Coin) -> u8 {
    match coin {
        Coin::Penny => 1,
        Coin::Nickel => 5,
        Coin::Dime => 10,
        Coin::Quarter => 25,
    }
}

fn roll_action(roll: u8) -> &'static str {
    match roll {
        0 => "nothing",
        1..=3 => "step",
        4..=6 => "jump",
    }
}

fn main() {
    println!("{}", value_in_cents(Coin::Dime));
    println!("{}", value_in_cents(Coin::HalfDollar));
    println!("{}", roll_action(4));
}
