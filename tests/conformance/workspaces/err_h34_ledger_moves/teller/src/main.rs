use ledger::{describe, Book, Entry};

fn main() {
    let mut book = Book::new();
    let rent = Entry { from: 0, to: 1, cents: 120_000 };
    book.post(rent);
    println!("posted {} cents", rent.cents);

    let salary = Entry { from: 2, to: 0, cents: 350_000 };
    let amount = describe(salary);
    book.post(salary);

    let batch = [Entry { from: 0, to: 3, cents: 500 }, Entry { from: 0, to: 3, cents: 700 }];
    for e in batch {
        book.post(e);
    }
    println!("{} {} {}", amount, book.balance(0), book.posted);
}
