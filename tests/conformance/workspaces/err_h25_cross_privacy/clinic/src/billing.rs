#[derive(Debug, Clone, Copy)]
pub struct Invoice {
    pub amount: u32,
    paid: bool,
}

impl Invoice {
    pub fn new(amount: u32) -> Invoice {
        Invoice { amount, paid: false }
    }

    pub fn settle(&mut self) {
        self.mark();
    }

    fn mark(&mut self) {
        self.paid = true;
    }

    pub fn is_paid(&self) -> bool {
        self.paid
    }
}
