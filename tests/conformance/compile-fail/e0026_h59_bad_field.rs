#[derive(Debug, Clone, Copy)]
enum Account {
    Checking { balance: i64 },
    Savings { balance: i64, rate: u8 },
    Closed,
}

fn balance(a: &Account) -> i64 {
    match a {
        Account::Checking { balance } => *balance,
        Account::Savings { amount, .. } => *amount,
    }
}

fn main() {
    let a = Account::Savings { balance: 100, rate: 2 };
    println!("{}", balance(&a));
    let _ = Account::Closed;
}
