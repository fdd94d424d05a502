// A bank ledger that writes through shared references.
#[derive(Debug, Clone, Copy)]
struct Account {
    id: u32,
    balance: i64,
}

struct Ledger {
    accounts: [Account; 2],
    fees: i64,
}

impl Ledger {
    fn charge(&self, who: usize, amount: i64) {
        self.accounts[who].balance -= amount;
        self.fees += 1;
    }

    fn total(&self) -> i64 {
        self.accounts[0].balance + self.accounts[1].balance
    }
}

static RATE: i64 = 3;

fn credit(acc: &Account, amount: i64) {
    acc.balance += amount;
}

fn reset(acc: &mut Account) {
    acc.balance = 0;
}

fn main() {
    let ledger = Ledger {
        accounts: [Account { id: 1, balance: 100 }, Account { id: 2, balance: 50 }],
        fees: 0,
    };
    ledger.charge(0, 10);
    ledger.fees = RATE;
    let a = ledger.accounts[1];
    credit(&a, 5);
    let first = &ledger.accounts[0];
    first.balance = 7;
    let t = (Account { id: 3, balance: 1 }, 0u8);
    t.0.balance = 2;
    RATE = 4;
    let mut spare = Account { id: 4, balance: 9 };
    reset(&mut spare);
    let view = &spare;
    (*view).id = 6;
    println!("{} {} {}", ledger.total(), a.id, spare.balance);
}
