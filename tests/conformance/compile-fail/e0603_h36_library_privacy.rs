// A library catalogue split into modules; some items were left private.
mod catalog {
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub enum Genre {
        Fiction,
        Science,
        History,
    }

    #[derive(Debug, Clone, Copy)]
    pub struct Book {
        pub title: &'static str,
        pub genre: Genre,
        year: u16,
        copies: u8,
    }

    impl Book {
        pub fn new(title: &'static str, genre: Genre, year: u16) -> Book {
            Book { title, genre, year, copies: 1 }
        }

        pub fn year(&self) -> u16 {
            self.year
        }

        fn restock(&mut self, n: u8) {
            self.copies += n;
        }
    }

    pub mod loans {
        use super::Book;

        pub const MAX_LOANS: usize = 3;
        const LATE_FEE_CENTS: u32 = 25;

        pub fn fee(days_late: u32) -> u32 {
            days_late * LATE_FEE_CENTS
        }

        pub(super) fn can_lend(book: &Book) -> bool {
            book.copies > 0
        }

        fn audit() -> u32 {
            42
        }
    }

    pub fn available(book: &Book) -> bool {
        loans::can_lend(book)
    }
}

use catalog::{Book, Genre};

fn main() {
    let shelf = [
        Book::new("Dune", Genre::Fiction, 1965),
        Book::new("Cosmos", Genre::Science, 1980),
        Book::new("SPQR", Genre::History, 2015),
    ];
    for b in &shelf {
        println!("{} ({}) {:?} available: {}", b.title, b.year(), b.genre, catalog::available(b));
    }
    println!("late fee for 4 days: {}", catalog::loans::fee(4));
    // mistake: the constant is private to `loans`
    println!("fee per day {}", catalog::loans::LATE_FEE_CENTS);
    // mistake: can_lend is only visible in `catalog`
    let ok = catalog::loans::can_lend(&shelf[0]);
    println!("{} {}", ok, catalog::loans::MAX_LOANS);
    // mistake: private function
    println!("audit {}", catalog::loans::audit());
}
