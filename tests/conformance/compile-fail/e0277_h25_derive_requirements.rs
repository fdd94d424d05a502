// A library catalogue whose derives ask for traits that some field types lack.
struct Isbn {
    digits: [u8; 13],
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Genre {
    Fiction,
    Science,
    History,
}

// Debug and Clone need the same traits on Isbn, which derives nothing.
#[derive(Debug, Clone)]
struct Book {
    title: &'static str,
    isbn: Isbn,
    genre: Genre,
}

// PartialEq needs `==` on every field.
#[derive(PartialEq)]
struct Loan {
    book_isbn: Isbn,
    days: u16,
}

// Hash on a float field.
#[derive(Hash)]
struct Fine {
    amount: f64,
    days_late: u16,
}

fn describe(g: Genre) -> &'static str {
    match g {
        Genre::Fiction => "fiction",
        Genre::Science => "science",
        Genre::History => "history",
    }
}

fn main() {
    let b = Book { title: "Dune", isbn: Isbn { digits: [9; 13] }, genre: Genre::Fiction };
    let l = Loan { book_isbn: Isbn { digits: [0; 13] }, days: 14 };
    let f = Fine { amount: 0.5, days_late: 2 };
    println!("{} {} {}", b.title, describe(b.genre), b.isbn.digits[0]);
    println!("{} {} {}", l.days, l.book_isbn.digits.len(), f.amount + f.days_late as f64);
}
