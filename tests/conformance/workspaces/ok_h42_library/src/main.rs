// File modules: `mod catalog;` in catalog/mod.rs, `mod loans;` in loans.rs.
mod catalog;
mod loans;

use catalog::shelf::{self, Shelf};
use loans::Loan;

fn main() {
    let mut s = Shelf::new('B');
    s.add(catalog::Book::new(101, 320));
    s.add(catalog::Book::new(102, 150));
    println!("first book id {}", catalog::Book::new(101, 0).id);
    println!("shelf {} holds {} books, {} pages", s.letter(), s.count(), s.total_pages());
    let loan = Loan::open(101, 14);
    println!("loan of {} due in {} days", loan.book_id, loan.days_left());
    println!("max per shelf: {}", shelf::CAPACITY);
    loans::report(&loan);
}
