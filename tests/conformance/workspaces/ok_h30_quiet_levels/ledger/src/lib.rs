// The library half of the package: private helpers kept for later are allowed.
#![allow(dead_code)]
#![allow(non_snake_case)]

pub mod books;

pub use books::{Book, Entry};

fn audit_trail(book: &Book) -> usize {
    book.len
}

pub fn TotalOf(book: &Book) -> i64 {
    let mut sum = 0;
    for e in &book.entries[..book.len] {
        sum += e.amount;
    }
    sum
}
