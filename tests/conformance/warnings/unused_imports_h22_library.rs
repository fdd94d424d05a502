// lints: unused_imports dead_code
// A library catalogue with unused imports, globs and unused items.
mod catalog {
    pub mod books {
        #[derive(Debug, Clone, Copy, PartialEq)]
        pub enum Genre {
            Fiction,
            Science,
            History,
        }

        #[derive(Debug, Clone, Copy)]
        pub struct Book {
            pub id: u32,
            pub genre: Genre,
            pub pages: u16,
        }

        pub const SHELF_SIZE: usize = 3;

        pub fn thick(b: &Book) -> bool {
            b.pages > 400
        }
    }

    pub mod members {
        pub struct Member {
            pub id: u32,
        }

        pub fn guest() -> Member {
            Member { id: 0 }
        }
    }

    pub use self::books::Book;
    use self::members::*;

    fn internal_count() -> u32 {
        7
    }
}

use catalog::books::{thick, Genre, SHELF_SIZE};
use catalog::members::{self, Member};
use catalog::Book;
use std::f64::consts::PI;

struct Loan {
    book: u32,
    days: u32,
}

fn main() {
    let shelf: [Book; SHELF_SIZE] = [
        Book { id: 1, genre: Genre::Fiction, pages: 320 },
        Book { id: 2, genre: Genre::Science, pages: 512 },
        Book { id: 3, genre: Genre::History, pages: 610 },
    ];
    let mut heavy = 0;
    for b in shelf.iter() {
        if thick(b) {
            heavy += 1;
        }
    }
    println!("{} thick books, first is {:?}", heavy, shelf[0].genre);
}
