// A ledger ported from C: comparing structs without PartialEq, and negating
// unsigned offsets, then using the results as numbers.
struct Money {
    cents: i64,
}

struct Entry {
    amount: Money,
    slot: u16,
}

fn weight(n: u32) -> u32 {
    n * 2
}

fn score(flags: u32) -> u32 {
    flags + 1
}

fn main() {
    let a = Entry { amount: Money { cents: 500 }, slot: 3 };
    let b = Entry { amount: Money { cents: 500 }, slot: 4 };
    let same = a.amount == b.amount;
    println!("{}", score(same));
    let back = -a.slot;
    println!("{}", weight(back));
    println!("{} {}", b.slot, a.amount.cents + b.amount.cents);
}
