// A `match` whose arms agree on a value, where `()` is wanted: rustc reports
// the whole `match` once (its arms are not coerced to `()`).
#[derive(Clone, Copy)]
enum Coin {
    Penny,
    Nickel,
    Dime,
}

fn cents(coin: Coin) -> u32 {
    match coin {
        Coin::Penny => 1,
        Coin::Nickel => 5,
        Coin::Dime => 10,
    }
}

// Forgot the return type: the match is the body's tail.
fn describe(coin: Coin) {
    match coin {
        Coin::Penny => "penny",
        Coin::Nickel => "nickel",
        Coin::Dime => "dime",
    }
}

fn tally(coins: &[Coin]) -> u32 {
    let mut total = 0;
    for coin in coins {
        // A statement that produces a value nobody uses.
        match *coin {
            Coin::Penny => total + 1,
            _ => total + cents(*coin),
        }
        total += cents(*coin);
    }
    total
}

fn check(total: u32) {
    let _checked: () = match total {
        0 => false,
        _ => true,
    };
}

fn main() {
    let purse = [Coin::Penny, Coin::Dime, Coin::Nickel];
    describe(purse[0]);
    let total = tally(&purse);
    check(total);
    println!("{}", total);
}
