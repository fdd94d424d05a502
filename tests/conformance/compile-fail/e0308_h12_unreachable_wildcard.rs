// A vending machine: a catch-all arm after every coin, plus a wrongly typed return.
#[derive(Debug, Clone, Copy)]
enum Coin {
    Nickel,
    Dime,
    Quarter,
}

fn cents(c: Coin) -> u32 {
    match c {
        Coin::Nickel => 5,
        Coin::Dime => 10,
        Coin::Quarter => 25,
        _ => 0,
    }
}

fn accepts(exact: bool, paid: u32) -> bool {
    match exact {
        true => paid == 100,
        false => paid >= 100,
        _ => false,
    }
}

fn change(paid: u32, price: u32) -> u8 {
    paid - price
}

fn main() {
    let coins = [Coin::Quarter, Coin::Quarter, Coin::Dime, Coin::Nickel];
    let mut paid = 0;
    for c in coins {
        paid += cents(c);
    }
    println!("{} {} {}", paid, accepts(false, paid), change(paid, 50));
}
