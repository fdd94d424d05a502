// Library lending system: books, members and loans in fixed tables.

mod catalog {
    pub const SHELF: usize = 10;

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Genre {
        Fiction,
        Science,
        History,
        Poetry,
    }

    #[derive(Debug, Clone, Copy)]
    pub struct Book {
        pub id: u16,
        pub title: &'static str,
        pub genre: Genre,
        pub year: u16,
        pub on_loan: bool,
    }

    pub struct Catalog {
        pub books: [Book; SHELF],
        pub len: usize,
    }

    impl Catalog {
        pub fn new() -> Catalog {
            let empty = Book { id: 0, title: "", genre: Genre::Fiction, year: 0, on_loan: false };
            Catalog { books: [empty; SHELF], len: 0 }
        }

        pub fn add(&mut self, title: &'static str, genre: Genre, year: u16) -> u16 {
            let id = self.len as u16 + 1;
            self.books[self.len] = Book { id, title, genre, year, on_loan: false };
            self.len += 1;
            id
        }

        pub fn get_mut(&mut self, id: u16) -> &mut Book {
            &mut self.books[(id - 1) as usize]
        }

        pub fn count_genre(&self, g: Genre) -> usize {
            let mut n = 0;
            for b in &self.books[..self.len] {
                if b.genre == g {
                    n += 1;
                }
            }
            n
        }
    }
}

mod members {
    use super::catalog::{Book, Genre};

    pub const MAX_LOANS: usize = 3;

    #[derive(Debug, Clone, Copy)]
    pub struct Member {
        pub name: &'static str,
        pub loans: [u16; MAX_LOANS],
        pub n_loans: usize,
        pub fines_cents: u32,
    }

    impl Member {
        pub fn new(name: &'static str) -> Member {
            Member { name, loans: [0; MAX_LOANS], n_loans: 0, fines_cents: 0 }
        }

        pub fn can_borrow(&self) -> bool {
            self.n_loans < MAX_LOANS && self.fines_cents == 0
        }

        pub fn borrow_book(&mut self, book: &mut Book) -> bool {
            if !self.can_borrow() || book.on_loan {
                return false;
            }
            book.on_loan = true;
            self.loans[self.n_loans] = book.id;
            self.n_loans += 1;
            true
        }

        pub fn return_book(&mut self, book: &mut Book, days_late: u32) {
            let mut found = MAX_LOANS;
            for i in 0..self.n_loans {
                if self.loans[i] == book.id {
                    found = i;
                }
            }
            if found == MAX_LOANS {
                return;
            }
            self.loans[found] = self.loans[self.n_loans - 1];
            self.n_loans -= 1;
            book.on_loan = false;
            self.fines_cents += days_late * 25;
        }
    }
}

use catalog::{Catalog, Genre};
use members::Member;

fn summary(cat: &Catalog) {
    let genres = [Genre::Fiction, Genre::Science, Genre::History, Genre::Poetry];
    for g in genres {
        println!("{:?}: {}", g, cat.count_genre(g));
    }
    let mut on_loan = 0;
    for b in cat.books[..cat.len].iter() {
        if b.on_loan {
            on_loan += 1;
        }
    }
    println!("{} of {} books on loan", on_loan, cat.len);
}

fn oldest(cat: &Catalog) -> u16 {
    let mut best = cat.books[0];
    for b in &cat.books[1..cat.len] {
        if b.year < best.year {
            best = *b;
        }
    }
    best.title
}

fn main() {
    let mut cat = Catalog::new();
    let dune = cat.add("Dune", Genre::Fiction, 1965);
    let cosmos = cat.add("Cosmos", Genre::Science, 1980);
    let spqr = cat.add("SPQR", Genre::History, 2015);
    let odes = cat.add("Odes", Genre::Poetry, 1819);
    let _ = cat.add("Foundation", Genre::Fiction, 1951);

    let mut ana = Member::new("Ana");
    let mut ben = Member::new("Ben");

    println!("ana borrows dune: {}", ana.borrow_book(cat.get_mut(dune)));
    println!("ben borrows dune: {}", ben.borrow_book(cat.get_mut(dune)));
    println!("ben borrows cosmos: {}", ben.borrow_book(cat.get_mut(cosmos)));
    println!("ana borrows spqr: {}", ana.borrow_book(cat.get_mut(spqr)));
    ana.return_book(cat.get_mut(dune), 4);
    println!("ana fines: {} cents, can borrow: {}", ana.fines_cents, ana.can_borrow());
    println!("ana borrows odes: {}", ana.borrow_book(cat.get_mut(odes)));
    summary(&cat);
    println!("oldest: {}", oldest(&cat));
    let limit = members::MAX_LOAN;
    println!("limit {}", limit);
}
