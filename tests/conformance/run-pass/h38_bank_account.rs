// Structs with &mut self methods, enums describing results, match on them.
#[derive(Debug, PartialEq)]
enum TxResult {
    Ok { balance: i64 },
    Insufficient { needed: i64 },
    Frozen,
}

#[derive(Debug)]
struct Account {
    id: u32,
    balance: i64,
    frozen: bool,
    history: [i64; 8],
    tx_count: usize,
}

impl Account {
    fn open(id: u32, initial: i64) -> Self {
        let mut acct = Account {
            id,
            balance: 0,
            frozen: false,
            history: [0; 8],
            tx_count: 0,
        };
        acct.deposit(initial);
        acct
    }

    fn record(&mut self, amount: i64) {
        if self.tx_count < self.history.len() {
            self.history[self.tx_count] = amount;
            self.tx_count += 1;
        }
    }

    fn deposit(&mut self, amount: i64) -> TxResult {
        if self.frozen {
            return TxResult::Frozen;
        }
        self.balance += amount;
        self.record(amount);
        TxResult::Ok { balance: self.balance }
    }

    fn withdraw(&mut self, amount: i64) -> TxResult {
        if self.frozen {
            TxResult::Frozen
        } else if amount > self.balance {
            TxResult::Insufficient { needed: amount - self.balance }
        } else {
            self.balance -= amount;
            self.record(-amount);
            TxResult::Ok { balance: self.balance }
        }
    }

    fn history(&self) -> &[i64] {
        &self.history[..self.tx_count]
    }
}

fn report(label: &str, r: TxResult) {
    match r {
        TxResult::Ok { balance } => println!("{label}: ok, balance {balance}"),
        TxResult::Insufficient { needed } => println!("{label}: short by {needed}"),
        TxResult::Frozen => println!("{label}: account frozen"),
    }
}

fn main() {
    let mut acct = Account::open(7, 100);
    report("deposit", acct.deposit(50));
    report("withdraw", acct.withdraw(30));
    report("withdraw", acct.withdraw(500));
    acct.frozen = true;
    report("deposit", acct.deposit(1));
    let again = acct.withdraw(1);
    assert_eq!(again, TxResult::Frozen);
    println!("account {} history {:?}", acct.id, acct.history());
    println!("{:#?}", acct.history().len());
}
