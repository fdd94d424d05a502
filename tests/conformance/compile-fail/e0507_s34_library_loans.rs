// A library desk hands out books: the borrower gets the book out of a shared reference.
#[derive(Debug)]
struct Book {
    pages: u32,
    shelf: u8,
}

#[derive(Debug)]
struct Loan {
    book: Book,
    days: u32,
}

struct Desk {
    current: Loan,
    returned: u32,
}

impl Desk {
    fn overdue(&self, today: u32) -> bool {
        self.current.days > today
    }

    fn hand_out(&self) -> Book {
        self.current.book
    }

    fn shelf_of(&self) -> u8 {
        let b = &self.current.book;
        b.shelf
    }
}

fn read(book: Book) -> u32 {
    book.pages / 30
}

fn main() {
    let desk = Desk {
        current: Loan { book: Book { pages: 320, shelf: 4 }, days: 14 },
        returned: 0,
    };
    println!("{} {}", desk.overdue(10), desk.shelf_of());
    let book = desk.hand_out();
    println!("{} {}", read(book), desk.returned);
}
