// TxError::Limit removed, still returned and matched
#[derive(Debug, Clone, Copy, PartialEq)]
enum TxError {
    Done,
    Insufficient,
    Frozen,
}

#[derive(Debug)]
struct Account {
    number: u32,
    owner: &'static str,
    balance_cents: i64,
    frozen: bool,
}

const DAILY_LIMIT: i64 = 50_000;

impl Account {
    fn open(number: u32, owner: &'static str) -> Account {
        Account { number, owner, balance_cents: 0, frozen: false }
    }

    fn deposit(&mut self, cents: i64) {
        self.balance_cents += cents;
    }

    fn withdraw(&mut self, cents: i64) -> TxError {
        if self.frozen {
            return TxError::Frozen;
        }
        if cents > DAILY_LIMIT {
            return TxError::Limit;
        }
        if cents > self.balance_cents {
            return TxError::Insufficient;
        }
        self.balance_cents -= cents;
        TxError::Done
    }

    fn describe(&self) {
        println!("#{} {} {}.{:02}", self.number, self.owner, self.balance_cents / 100, self.balance_cents % 100);
    }
}

fn transfer(from: &mut Account, to: &mut Account, cents: i64) -> bool {
    if from.frozen || to.frozen {
        return false;
    }
    if from.balance_cents < cents {
        return false;
    }
    from.balance_cents -= cents;
    to.balance_cents += cents;
    true
}

fn error_text(e: TxError) -> &'static str {
    match e {
        TxError::Done => "done",
        TxError::Insufficient => "insufficient funds",
        TxError::Frozen => "account frozen",
        TxError::Limit => "over daily limit",
    }
}

fn main() {
    let mut alice = Account::open(1001, "alice");
    let mut bob = Account::open(1002, "bob");
    alice.deposit(120_00);
    bob.deposit(5_50);
    let moved = transfer(&mut alice, &mut bob, 20_00);
    println!("transfer ok: {}", moved);
    let e = bob.withdraw(900_00);
    println!("bob: {}", error_text(e));
    bob.frozen = true;
    println!("bob: {}", error_text(bob.withdraw(1)));
    alice.describe();
    bob.describe();
}
