use library::{lend, Book, MAX_LOANS};

fn main() {
    let book = Book { isbn: 9_780_140_449, year: 1869 };
    let loan = lend(book, 30);
    println!("{:?} section {} of {}", loan, book.section(), library::catalogue_size());
    println!("max {} loans, oldest {}", MAX_LOANS, library::oldest());
}
