#[derive(Debug, Clone, Copy)]
struct Money {
    cents: i64,
}

#[derive(Debug)]
struct Wallet {
    owner: &'static str,
    cash: Money,
    cards: u8,
}

fn add(a: Money, b: Money) -> Money {
    a + b
}

fn same(a: Money, b: Money) -> bool {
    a == b
}

fn fee(w: &Wallet) -> i64 {
    if w.cards > 2 {
        100
    }
}

fn describe(w: &Wallet) {
    let cards = w.cards;
    let first = cards[0];
    let c = *cards;
    println!("{} {}", first, c);
}

fn to_letter(n: u32) -> char {
    n as char
}

fn balance(w: &Wallet) -> i64 {
    w.cash.cents;
}

fn count() {
    42
}

fn main() {
    let m = Money { cents: 250 };
    let total = add(m, Money);
    let ok = !m;
    let w = Wallet { owner: "sam", cash: m, cards: 3 };
    let f = fee(&w)();
    println!("{:?} {} {} {}", total, ok, f, same(m, m));
    describe(&w);
    println!("{} {}", to_letter(65), balance(&w));
    count();
    let r = &w.cards as u32;
    println!("{}", r);
}
