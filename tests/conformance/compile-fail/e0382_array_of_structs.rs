// Moving a non-Copy element out of a binding twice: into a function and then into a pattern.
#[derive(Debug)]
struct Document {
    id: u32,
    pages: u32,
}

fn print_doc(d: Document) {
    println!("{:?}", d);
}

fn main() {
    let report = Document { id: 1, pages: 12 };
    let draft = Document { id: 2, pages: 3 };
    print_doc(report);
    let Document { id, pages } = report;
    println!("{} {}", id, pages);
    let copy = draft;
    print_doc(draft);
    println!("{:?}", copy);
}
