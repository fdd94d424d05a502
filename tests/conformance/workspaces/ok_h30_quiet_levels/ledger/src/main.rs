// The binary half: every warning would be an error here, and there are none.
#![deny(warnings)]

use ledger::{Book, Entry, TotalOf};

fn main() {
    let mut book = Book::new();
    for (i, amount) in [1250, -300, 4999, 75].iter().enumerate() {
        let ok = book.push(Entry { day: i as u16 + 1, amount: *amount });
        assert!(ok);
    }
    for e in &book.entries[..book.len] {
        print!("day {:>2}", e.day);
        fmtkit::cents(e.amount);
    }
    print!("total ");
    fmtkit::cents(TotalOf(&book));
    println!("width {}", fmtkit::WIDTH);
}
