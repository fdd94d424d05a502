// lints: unreachable_patterns
#![deny(unreachable_patterns)]

#[derive(Debug, Clone, Copy)]
enum Coin {
    Penny,
    Nickel,
    Dime,
    Quarter,
}

fn cents(c: Coin) -> u32 {
    match c {
        Coin::Penny => 1,
        Coin::Nickel => 5,
        Coin::Dime => 10,
        Coin::Quarter => 25,
        _ => 0,
    }
}

fn main() {
    let purse = [Coin::Penny, Coin::Dime, Coin::Quarter, Coin::Nickel];
    let mut sum = 0;
    for c in purse {
        sum += cents(c);
    }
    println!("{}", sum);
}
