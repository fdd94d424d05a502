// A parking meter built with `#![deny(warnings)]`: lints become errors next to a real one.
#![deny(warnings)]

use std::cmp::max;

#[derive(Debug, Clone, Copy)]
enum Coin {
    Ten,
    Twenty,
    Fifty,
    Euro,
}

fn cents(c: Coin) -> u32 {
    match c {
        Coin::Ten => 10,
        Coin::Twenty => 20,
        Coin::Fifty => 50,
        Coin::Euro => 100,
    }
}

fn minutes_for(total_cents: u32) -> u32 {
    let rate = 2;
    let mut spare = 0;
    total_cents / 5
}

fn ticket_line(minutes: u32) -> &'static str {
    if minutes > 60 { "long stay" } else { minutes }
}

fn refund(inserted: u32, due: u32) -> u32 {
    inserted - due
}

fn main() {
    let coins = [Coin::Euro, Coin::Fifty, Coin::Ten];
    let mut total = 0;
    for c in coins {
        total += cents(c);
    }
    let m = minutes_for(total);
    println!("{} minutes: {}", m, ticket_line(m));
}
