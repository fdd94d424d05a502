// lints: non_shorthand_field_patterns
// Destructuring with redundant `field: field` patterns.
#[derive(Debug, Clone, Copy)]
struct Account {
    id: u32,
    balance: i64,
    frozen: bool,
}

#[derive(Debug)]
enum Tx {
    Deposit { to: u32, amount: i64 },
    Transfer { from: u32, to: u32, amount: i64 },
}

fn apply(acc: &mut Account, tx: &Tx) {
    let Account { id: id, frozen, .. } = *acc;
    if frozen {
        return;
    }
    match tx {
        Tx::Deposit { to: to, amount } if *to == id => acc.balance += amount,
        Tx::Transfer { from, to: _, amount: amount } if *from == id => acc.balance -= amount,
        Tx::Transfer { to, amount, .. } if *to == id => acc.balance += amount,
        _ => {}
    }
}

fn main() {
    let mut a = Account { id: 1, balance: 100, frozen: false };
    let txs = [
        Tx::Deposit { to: 1, amount: 50 },
        Tx::Transfer { from: 1, to: 2, amount: 30 },
        Tx::Transfer { from: 2, to: 1, amount: 5 },
    ];
    for t in &txs {
        apply(&mut a, t);
    }
    println!("{:?}", a);
}
