// A missing comma between fields/variants in definitions, and a type mismatch later.
#[derive(Debug)]
struct Book {
    title: &'static str
    pages: u32,
    year: u16,
}

#[derive(Debug)]
enum Genre {
    Fiction
    Poetry,
    Science,
}

fn describe(b: &Book, g: &Genre) -> u32 {
    println!("{} ({}) {:?}", b.title, b.year, g);
    b.pages
}

fn main() {
    let b = Book { title: "Dune", pages: 412, year: 1965 };
    let g = Genre::Poetry;
    let pages: u16 = describe(&b, &g);
    println!("{} {:?}", pages, Genre::Science);
}
