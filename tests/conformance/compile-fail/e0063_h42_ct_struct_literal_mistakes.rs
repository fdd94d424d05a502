// Struct literal mistakes: a missing field and a misspelled field.
#[derive(Debug, Clone, Copy)]
struct Book {
    pages: u32,
    year: u16,
    rating: f32,
}

#[derive(Debug)]
struct Shelf {
    first: Book,
    second: Book,
    capacity: u8,
}

fn older(a: Book, b: Book) -> Book {
    if a.year <= b.year { a } else { b }
}

fn main() {
    let dune = Book { pages: 412, year: 1965, rating: 4.3 };
    // mistake 1: rating is missing
    let hobbit = Book { pages: 310, year: 1937 };
    let shelf = Shelf {
        first: dune,
        second: hobbit,
        // mistake 2: the field is called capacity
        capcity: 12,
    };
    println!("{:?}", shelf);
    println!("oldest: {:?}", older(dune, hobbit));
}
