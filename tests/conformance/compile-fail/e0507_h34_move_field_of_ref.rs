// Library catalogue: moving a non-Copy field out of a borrowed record.

#[derive(Debug)]
struct Isbn {
    group: u16,
    number: u32,
}

#[derive(Debug)]
struct Book {
    isbn: Isbn,
    copies: u8,
}

fn take_isbn(book: &Book) -> Isbn {
    book.isbn
}

fn first_isbn(shelf: &[Book; 2]) -> Isbn {
    let first = &shelf[0];
    let isbn = first.isbn;
    isbn
}

fn main() {
    let shelf = [
        Book { isbn: Isbn { group: 978, number: 1_234_567 }, copies: 2 },
        Book { isbn: Isbn { group: 979, number: 7_654_321 }, copies: 1 },
    ];
    let a = take_isbn(&shelf[1]);
    let b = first_isbn(&shelf);
    println!("{:?} {:?} {}", a, b, shelf[0].copies);
}
