// pub dropped from Member while tidying mod loans; main imports and builds it
mod catalog {
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub enum Genre {
        Fiction,
        Science,
        History,
    }

    #[derive(Debug, Clone, Copy)]
    pub struct Book {
        pub isbn: u64,
        pub title: &'static str,
        pub genre: Genre,
        pub(crate) on_loan: bool,
    }

    impl Book {
        pub fn new(isbn: u64, title: &'static str, genre: Genre) -> Book {
            Book { isbn, title, genre, on_loan: false }
        }
    }
}

mod loans {
    use crate::catalog::Book;

    pub const MAX_LOANS: usize = 3;

    struct Member {
        pub name: &'static str,
        pub borrowed: usize,
    }

    pub fn lend(book: &mut Book, member: &mut Member) -> bool {
        if book.on_loan || member.borrowed >= MAX_LOANS {
            return false;
        }
        book.on_loan = true;
        member.borrowed += 1;
        true
    }

    pub fn give_back(book: &mut Book, member: &mut Member) {
        if book.on_loan {
            book.on_loan = false;
            member.borrowed -= 1;
        }
    }
}

use catalog::{Book, Genre};
use loans::{give_back, lend, Member};

fn count_available(shelf: &[Book], genre: Genre) -> usize {
    let mut n = 0;
    for b in shelf {
        if b.genre == genre && !b.on_loan {
            n += 1;
        }
    }
    n
}

fn main() {
    let mut shelf = [
        Book::new(9780143127741, "The Martian", Genre::Fiction),
        Book::new(9780553380163, "A Brief History of Time", Genre::Science),
        Book::new(9780375727344, "Guns, Germs, and Steel", Genre::History),
        Book::new(9780062316097, "Sapiens", Genre::History),
    ];
    let mut reader = Member { name: "sam", borrowed: 0 };
    println!("lend 0: {}", lend(&mut shelf[0], &mut reader));
    println!("lend 0 again: {}", lend(&mut shelf[0], &mut reader));
    println!("lend 2: {}", lend(&mut shelf[2], &mut reader));
    println!("{} has {} of {}", reader.name, reader.borrowed, loans::MAX_LOANS);
    println!("history available: {}", count_available(&shelf, Genre::History));
    give_back(&mut shelf[0], &mut reader);
    for b in shelf.iter() {
        println!("{} {:?} {} loan={}", b.isbn, b.genre, b.title, b.on_loan);
    }
}
