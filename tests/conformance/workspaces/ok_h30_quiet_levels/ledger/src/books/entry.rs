#[derive(Debug, Clone, Copy)]
pub struct Entry {
    pub day: u16,
    pub amount: i64,
}

impl Entry {
    pub const EMPTY: Entry = Entry { day: 0, amount: 0 };

    fn is_refund(&self) -> bool {
        self.amount < 0
    }
}
