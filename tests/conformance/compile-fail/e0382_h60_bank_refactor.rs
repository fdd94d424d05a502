use std::fmt;
use std::collections::HashMap;

#[derive(Debug)]
struct Account {
    id: u32,
    owner: Owner,
    balance: i64,
}

#[derive(Debug)]
struct Owner {
    first: &'static str,
    last: &'static str,
}

#[derive(Debug, Clone, Copy)]
enum Txn {
    Deposit(i64),
    Withdraw(i64),
    Fee { amount: i64, reason: u8 },
}

fn apply(acct: &mut Account, t: Txn) -> bool {
    match t {
        Txn::Deposit(n) => {
            acct.balance += n;
            true
        }
        Txn::Withdraw(n) => {
            if acct.balance < n {
                return false;
            }
            acct.balance -= n;
            true
        }
        Txn::Fee { amount, reason } => {
            acct.balance -= amount;
            true
        }
    }
}

fn transfer(from: Account, to: Account, amount: i64) {
    let mut a = from;
    let mut b = to;
    apply(&mut a, Txn::Withdraw(amount));
    apply(&mut b, Txn::Deposit(amount));
    println!("{:?}", from);
}

fn owner_name(o: Owner) -> &'static str {
    o.first
}

fn report(acct: &Account) {
    let name = owner_name(acct.owner);
    println!("{} has {}", name, acct.balance);
}

fn main() {
    let owner = Owner { first: "Ada", last: "Lovelace" };
    let acct = Account { id: 1, owner, balance: 100 };
    let acct2 = Account { id: 2, owner, balance: 0 };
    let count = 0;
    count = 1;
    let mut spare = 5;
    println!("{}", spare);
    transfer(acct, acct2, 50);
    report(&acct);
    let x = 10;
    let x = 20;
    println!("{}", x);
}
