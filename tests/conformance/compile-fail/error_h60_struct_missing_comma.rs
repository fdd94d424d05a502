#[derive(Debug)]
struct Book {
    title: &'static str
    author: &'static str,
    pages: u32,
}

#[derive(Debug)]
struct Library {
    books: [Book; 2],
    open: bool,
}

fn total_pages(lib: &Library) -> u32 {
    let mut t = 0;
    for b in &lib.books {
        t += b.pages;
    }
    t
}

fn main() {
    let lib = Library {
        books: [
            Book { title: "A", author: "x", pages: 100 },
            Book { title: "B", author: "y", pages: "200" },
        ],
        open: true,
    };
    let mut unused = 0;
    println!("{}", total_pages(&lib));
    println!("{}", lib.closed);
}
