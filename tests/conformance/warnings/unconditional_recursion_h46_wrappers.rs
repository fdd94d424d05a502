// lints: unconditional_recursion
// Thin wrapper methods that accidentally call themselves.
struct Account {
    balance: i64,
    frozen: bool,
}

impl Account {
    fn balance(&self) -> i64 {
        self.balance()
    }

    fn deposit(&mut self, amt: i64) {
        if self.frozen {
            return;
        }
        self.balance += amt;
    }

    fn withdraw(&mut self, amt: i64) -> bool {
        if amt > 0 {
            self.withdraw(amt)
        } else {
            Account::withdraw(self, -amt)
        }
    }

    fn is_open(&self) -> bool {
        !self.is_open()
    }

    fn audit(&self, depth: u32) -> u32 {
        if depth == 0 {
            return 0;
        }
        self.audit(depth - 1) + 1
    }
}

fn fee(amount: i64) -> i64 {
    let f = fee(amount / 100);
    f + 1
}

fn main() {
    let mut a = Account { balance: 100, frozen: false };
    a.deposit(50);
    println!("{} {}", a.balance, a.audit(3));
    if a.frozen {
        println!("{} {} {} {}", a.balance(), a.withdraw(5), a.is_open(), fee(3));
    }
}
