// Library loans: books as non-Copy structs moved between shelf and member.
#[derive(Debug)]
struct Book {
    title: &'static str,
    year: u16,
    pages: u32,
}

#[derive(Debug)]
struct Member {
    name: &'static str,
    borrowed: u8,
    limit: u8,
}

impl Member {
    fn new(name: &'static str) -> Member {
        Member { name, borrowed: 0, limit: 3 }
    }

    fn can_borrow(&self) -> bool {
        self.borrowed < self.limit
    }

    fn borrow_book(&mut self, book: Book) -> Book {
        self.borrowed += 1;
        println!("{} borrows {} ({})", self.name, book.title, book.year);
        book
    }

    fn return_book(&mut self, book: Book) {
        self.borrowed -= 1;
        println!("{} returns {}", self.name, book.title);
    }
}

fn reading_days(book: Book, pages_per_day: u32) -> u32 {
    (book.pages + pages_per_day - 1) / pages_per_day
}

fn oldest<'a>(books: &'a [Book]) -> &'a Book {
    let mut best = &books[0];
    for b in books {
        if b.year < best.year {
            best = b;
        }
    }
    best
}

fn main() {
    let shelf = [
        Book { title: "Dune", year: 1965, pages: 412 },
        Book { title: "Neuromancer", year: 1984, pages: 271 },
        Book { title: "Foundation", year: 1951, pages: 255 },
    ];
    println!("oldest: {:?}", oldest(&shelf));

    let mut ana = Member::new("Ana");
    let book = Book { title: "Hyperion", year: 1989, pages: 482 };
    let days = reading_days(book, 30);
    println!("takes {} days", days);
    if ana.can_borrow() {
        let loaned = ana.borrow_book(book);
        ana.return_book(loaned);
    }
    println!("{:?}", ana);
}
