// Vending machine events; a new variant was added and some matches were not
// updated.

#[derive(Debug, Clone, Copy, PartialEq)]
enum Coin {
    Nickel,
    Dime,
    Quarter,
    Dollar,
}

#[derive(Debug, Clone, Copy)]
enum Event {
    Insert(Coin),
    Select(u8),
    Refund,
    Service { code: u16 },
}

fn cents(c: Coin) -> u32 {
    match c {
        Coin::Nickel => 5,
        Coin::Dime => 10,
        Coin::Quarter => 25,
    }
}

fn describe(e: Event) -> u32 {
    match e {
        Event::Insert(c) => cents(c),
        Event::Select(slot) => slot as u32,
        Event::Refund => 0,
    }
}

fn is_big(c: Coin) -> bool {
    match c {
        Coin::Quarter | Coin::Dollar => true,
        Coin::Nickel | Coin::Dime => false,
    }
}

fn main() {
    let events = [Event::Insert(Coin::Dollar), Event::Select(4), Event::Refund, Event::Service { code: 9 }];
    for e in events {
        println!("{:?} -> {}", e, describe(e));
    }
    println!("{}", is_big(Coin::Dime));
}
