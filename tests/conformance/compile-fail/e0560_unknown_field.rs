// A struct literal spells a field differently from the declaration.
#[derive(Debug)]
struct Book {
    title: &'static str,
    author: &'static str,
    pages: u32,
}

fn main() {
    let b = Book { title: "Dune", author: "Herbert", page_count: 412 };
    println!("{:?}", b);
}
