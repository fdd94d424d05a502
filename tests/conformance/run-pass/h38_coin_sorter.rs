// Chapter 6: enums with data, match, if let, let else.
#[derive(Debug, Clone, Copy, PartialEq)]
enum UsState {
    Alabama,
    Alaska,
    Texas,
}

impl UsState {
    fn existed_in(&self, year: u16) -> bool {
        match self {
            UsState::Alabama => year >= 1819,
            UsState::Alaska => year >= 1959,
            UsState::Texas => year >= 1845,
        }
    }
}

#[derive(Debug)]
enum Coin {
    Penny,
    Nickel,
    Dime,
    Quarter(UsState),
}

fn value_in_cents(coin: &Coin) -> u8 {
    match coin {
        Coin::Penny => {
            println!("Lucky penny!");
            1
        }
        Coin::Nickel => 5,
        Coin::Dime => 10,
        Coin::Quarter(state) => {
            println!("State quarter from {state:?}!");
            25
        }
    }
}

fn describe_state_quarter(coin: &Coin) -> &str {
    let Coin::Quarter(state) = coin else {
        return "not a quarter";
    };
    if state.existed_in(1900) {
        "an old state"
    } else {
        "a young state"
    }
}

fn main() {
    let purse = [
        Coin::Penny,
        Coin::Quarter(UsState::Alaska),
        Coin::Dime,
        Coin::Nickel,
        Coin::Quarter(UsState::Texas),
        Coin::Quarter(UsState::Alabama),
    ];
    let mut total: u32 = 0;
    let mut count = 0;
    for coin in &purse {
        total += value_in_cents(coin) as u32;
        if let Coin::Quarter(state) = coin {
            println!("quarter from {:?}", state);
        } else {
            count += 1;
        }
        println!("{} -> {}", value_in_cents(coin), describe_state_quarter(coin));
    }
    println!("total {total} cents, {count} non-quarters");

    let dice_roll = 9;
    match dice_roll {
        3 => println!("add fancy hat"),
        7 => println!("remove fancy hat"),
        other => println!("move {other} spaces"),
    }
    match dice_roll {
        1..=6 => println!("small"),
        _ => (),
    }
    let c = &purse[1];
    let msg = match c {
        Coin::Quarter(UsState::Alaska) => "alaska!",
        Coin::Quarter(s) if *s == UsState::Texas => "texas",
        _ => "other",
    };
    println!("{msg}");
}
