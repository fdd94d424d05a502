use money::Cents;

#[derive(Debug)]
pub struct Account {
    pub owner: &'static str,
    balance: Cents,
    premium: bool,
}

impl Account {
    pub fn open(owner: &'static str, premium: bool) -> Account {
        Account { owner, balance: Cents::default(), premium }
    }

    pub fn balance(&self) -> Cents {
        self.balance
    }

    pub fn post(&mut self, amount: Cents) -> bool {
        let next = self.balance.plus(amount);
        if next.0 < 0 && !crate::overdraft_allowed(self.premium, next) {
            return false;
        }
        self.balance = next;
        true
    }
}
