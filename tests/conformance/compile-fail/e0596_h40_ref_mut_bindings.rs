#[derive(Debug)]
struct Account {
    id: u32,
    balance: i64,
}

#[derive(Debug)]
enum Entry {
    Active(Account),
    Closed(u32),
}

fn deposit(e: Entry, amount: i64) -> Entry {
    match e {
        Entry::Active(ref mut acct) => acct.balance += amount,
        Entry::Closed(_) => {}
    }
    e
}

fn credit_all(entries: &[Entry]) {
    for e in entries {
        if let Entry::Active(acct) = e {
            acct.balance += 1;
        }
    }
}

fn bump(e: &mut Entry) {
    if let Entry::Active(acct) = e {
        acct.balance += 10;
    }
}

fn main() {
    let mut e = deposit(Entry::Active(Account { id: 1, balance: 0 }), 50);
    bump(&mut e);
    credit_all(&[Entry::Closed(2)]);
    println!("{:?}", e);
    if let Entry::Active(a) = &e { println!("{}", a.id); }
}
