// A lending library; module paths use crate:: and self::.
pub mod shelves;
pub mod loans;

pub use self::shelves::Book;
pub use crate::loans::{lend, Loan};

pub const MAX_LOANS: usize = 3;

pub fn catalogue_size() -> usize {
    self::shelves::fiction::COUNT + crate::shelves::reference::COUNT
}

pub fn oldest() -> u16 {
    super::shelves::OLDEST_YEAR
}
