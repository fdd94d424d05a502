use ledgerlib_h57::{Entry, Ledger};

fn main() {
    let mut ledger = Ledger::new();
    let items: [(i64, &str); 4] = [(12_503, "rent share"), (-4_999, "groceries"), (-1_201, "bus"), (250, "refund")];
    for (c, m) in items {
        if !ledger.push(c, m) {
            println!("ledger full");
        }
    }
    println!("balance: {:.2}", ledger.balance() as f64 / 100.0);
    let blank = Entry::default();
    println!("{:?}", blank.memo);
}
