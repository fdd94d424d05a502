use crate::shelves::Book;
use crate::MAX_LOAN;

#[derive(Debug, Clone, Copy)]
pub struct Loan {
    pub book: Book,
    pub days: u8,
}

pub fn lend(book: Book, days: u8) -> Loan {
    let limit = crate::MAX_LOANS as u8 * 7;
    Loan { book, days: days.min(limit) }
}
