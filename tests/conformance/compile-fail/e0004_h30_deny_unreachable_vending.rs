// A vending machine: unreachable code and patterns denied per function, plus a missing arm.

#[derive(Debug, Clone, Copy, PartialEq)]
enum Slot {
    Snack(u8),
    Drink { cold: bool },
    Empty,
    Jammed,
}

#[deny(unreachable_patterns)]
fn price(s: Slot) -> u32 {
    match s {
        Slot::Snack(n) => 120 + n as u32 * 10,
        Slot::Drink { cold: true } => 180,
        Slot::Drink { .. } => 150,
        Slot::Drink { cold: false } => 140,
        Slot::Empty | Slot::Jammed => 0,
    }
}

#[deny(unreachable_code)]
fn vend(s: Slot, paid: u32) -> u32 {
    if s == Slot::Jammed {
        return paid;
        println!("jammed");
    }
    paid - price(s)
}

fn status(s: Slot) -> &'static str {
    match s {
        Slot::Snack(_) => "snack",
        Slot::Drink { cold: true } => "cold drink",
        Slot::Empty => "empty",
    }
}

#[warn(unreachable_patterns)]
fn restock_code(row: u8) -> char {
    match row {
        0..=3 => 'A',
        4..=7 => 'B',
        2 => 'Z',
        _ => '?',
    }
}

fn main() {
    let slots = [Slot::Snack(2), Slot::Drink { cold: true }, Slot::Empty];
    for s in slots {
        println!("{} change {}", status(s), vend(s, 200));
    }
    println!("{}", restock_code(5));
}
