// Bank account exercise: deposits, withdrawals and a small transaction log.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Tx {
    Deposit(u64),
    Withdraw(u64),
    Rejected(u64),
}

struct Account {
    owner: &'static str,
    balance: u64,
    log: [Tx; 8],
    log_len: usize,
}

impl Account {
    fn open(owner: &'static str, initial: u64) -> Account {
        let mut acc = Account {
            owner,
            balance: 0,
            log: [Tx::Deposit(0); 8],
            log_len: 0,
        };
        acc.deposit(initial);
        acc
    }

    fn record(&mut self, tx: Tx) {
        if self.log_len < self.log.len() {
            self.log[self.log_len] = tx;
            self.log_len += 1;
        }
    }

    fn deposit(&mut self, amount: u64) {
        self.balance += amount;
        self.record(Tx::Deposit(amount));
    }

    fn withdraw(&mut self, amount: u64) -> bool {
        if amount > self.balance {
            self.record(Tx::Rejected(amount));
            return false;
        }
        self.balance -= amount;
        self.record(Tx::Withdraw(amount));
        true
    }

    fn statement(&self) {
        println!("account of {}", self.owner);
        for tx in &self.log[..self.log_len] {
            match tx {
                Tx::Deposit(a) => println!("  + {:>6}", a),
                Tx::Withdraw(a) => println!("  - {:>6}", a),
                Tx::Rejected(a) => println!("  ! {:>6} (insufficient funds)", a),
            }
        }
        println!("  balance {}", self.balance);
    }
}

fn transfer(from: &mut Account, to: &mut Account, amount: u64) -> bool {
    if from.withdraw(amount) {
        to.deposit(amount);
        true
    } else {
        false
    }
}

fn main() {
    let mut alice = Account::open("alice", 500);
    let bob = Account::open("bob", 50);
    alice.withdraw(120);
    bob.deposit(30);
    if !transfer(&mut alice, &mut bob, 1000) {
        println!("transfer failed");
    }
    transfer(&mut alice, &mut bob, 200);
    alice.statement();
    bob.statement();
}
