// A ledger whose author documented each step with `///` instead of `//`.
#[derive(Debug, Clone, Copy)]
struct Entry {
    amount: i64,
    fee: i64,
}

/// Applies every entry and returns the final balance.
fn settle(entries: &[Entry], opening: i64) -> i64 {
    /// running balance
    let mut balance = opening;
    for e in entries {
        /// subtract the fee first
        balance -= e.fee;
        balance += e.amount;
    }
    balance
}

fn main() {
    let book = [
        Entry { amount: 500, fee: 2 },
        Entry { amount: -120, fee: 1 },
        Entry { amount: 75, fee: 0 },
    ];
    /// print the result
    println!("{}", settle(&book, 1000));
    println!("{:?}", book[0]);
}
