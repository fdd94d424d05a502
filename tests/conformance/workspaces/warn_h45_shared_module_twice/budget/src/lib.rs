// Monthly budget library; the binary in this package also uses `money`.
pub mod money;

use money::Cents;

pub struct Category {
    pub name: &'static str,
    pub limit: Cents,
    spent: Cents,
}

impl Category {
    pub fn new(name: &'static str, limit: Cents) -> Category {
        Category { name, limit, spent: Cents(0) }
    }

    pub fn spend(&mut self, amount: Cents) -> bool {
        self.spent = money::add(self.spent, amount);
        self.spent.0 <= self.limit.0
    }

    pub fn remaining(&self) -> i64 {
        self.limit.0 - self.spent.0
    }
}
