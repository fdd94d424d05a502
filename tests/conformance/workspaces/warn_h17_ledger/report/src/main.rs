use cash::{Cents, ZERO};
use ledger::entry::Kind;
use ledger::{Ledger, MAX_ENTRIES};

fn summarize(book: &Ledger, verbose: bool) -> i64 {
    let dollars = book.balance().dollars();
    dollars
}

fn unused_helper() -> u32 {
    7
}

fn main() {
    let mut book = Ledger::open("petty cash", 2024);
    book.record(Kind::Credit, 120.456, 1);
    book.record(Kind::Debit, 20.0, 3);
    book.record(Kind::Fee, 0.75, 3);
    let limit = MAX_ENTRIES;
    let mut seen = 0;
    seen = 3;
    println!("{}: {} dollars after {} entries", book.name, summarize(&book, true), seen);
    let Zero_Check = book.balance() > ZERO;
    println!("{}", Zero_Check);
}
