// A library module whose private helpers are imported by name from outside.
mod library {
    pub struct Book {
        pub title: &'static str,
        pub year: u16,
    }

    struct Shelf {
        slots: u32,
    }

    fn shelf_for(year: u16) -> u32 {
        (year as u32 / 10) % 20
    }

    pub fn locate(book: &Book) -> u32 {
        let shelf = Shelf { slots: 40 };
        shelf_for(book.year) * shelf.slots
    }
}

use library::{locate, shelf_for, Book};
use library::Shelf;

fn main() {
    let b = Book { title: "Rust in Action", year: 2021 };
    println!("{} at {}", b.title, locate(&b));
}
