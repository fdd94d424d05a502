pub const COUNT: usize = 120;

pub fn is_rare(isbn: u64) -> bool {
    isbn % 97 == 0 || crate::shelves::fiction::vintage(isbn)
}

fn vintage(isbn: u64) -> bool {
    isbn < 1_000_000 && super::super::MAX_LOANS > 2
}

pub fn shelf_for(book: &crate::Book) -> usize {
    crate::shelves::section_of(book.isbn)
}
