// A small bank: calls pass the wrong number of arguments to an associated
// function, a method and a tuple-struct constructor.
#[derive(Debug, Clone, Copy)]
struct Cents(i64);

#[derive(Debug)]
struct Account {
    owner_id: u32,
    balance: Cents,
    overdraft_limit: i64,
}

impl Account {
    fn open(owner_id: u32, initial: i64) -> Account {
        Account { owner_id, balance: Cents(initial), overdraft_limit: 0 }
    }

    fn deposit(&mut self, amount: i64) {
        self.balance = Cents(self.balance.0 + amount);
    }

    fn withdraw(&mut self, amount: i64, fee: i64) -> bool {
        let after = self.balance.0 - amount - fee;
        if after < -self.overdraft_limit {
            return false;
        }
        self.balance = Cents(after);
        true
    }

    fn balance(&self) -> i64 {
        self.balance.0
    }
}

fn main() {
    let mut acc = Account::open(7);
    acc.deposit(2500);
    let ok = acc.withdraw(1000);
    let fee = Cents(25, 0);
    let mut other = Account::open(8, 100);
    other.deposit(fee.0);
    println!("{} {} {} {}", acc.owner_id, ok, acc.balance(), other.balance(1));
}
