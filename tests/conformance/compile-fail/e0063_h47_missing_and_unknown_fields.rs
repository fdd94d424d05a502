// Struct literals with missing and unknown fields, enum struct variants too.
#[derive(Debug)]
struct Account {
    id: u32,
    balance: i64,
    frozen: bool,
}

#[derive(Debug)]
enum Event {
    Deposit { account: u32, amount: i64 },
    Freeze { account: u32 },
}

impl Account {
    fn open(id: u32) -> Account {
        Account { id, balance: 0 }
    }

    fn apply(&mut self, e: &Event) {
        match e {
            Event::Deposit { account, amount } if *account == self.id => self.balance += amount,
            Event::Freeze { account } if *account == self.id => self.frozen = true,
            _ => {}
        }
    }
}

fn main() {
    let mut a = Account::open(1);
    let events = [
        Event::Deposit { account: 1, amount: 50 },
        Event::Freeze { account: 1, reason: 3 },
        Event::Deposit { account: 1, amout: 20 },
    ];
    for e in events.iter() {
        a.apply(e);
    }
    let b = Account { id: 2, balance: 10, frozen: false, owner: 5 };
    println!("{:?} {:?}", a, b);
}
