pub struct Loan {
    pub book_id: u32,
    days: u32,
    elapsed: u32,
}

impl Loan {
    pub fn open(book_id: u32, days: u32) -> Loan {
        Loan { book_id, days, elapsed: 0 }
    }

    pub fn days_left(&self) -> u32 {
        self.days - self.elapsed
    }
}

pub fn report(l: &Loan) {
    println!("book {}: {}/{} days used", l.book_id, l.elapsed, l.days);
}
