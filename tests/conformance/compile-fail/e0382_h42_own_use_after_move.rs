// Move mistakes: using a value after passing it by value, and moving inside a loop.
#[derive(Debug)]
struct Document {
    pages: u32,
    draft: bool,
}

fn publish(doc: Document) -> u32 {
    println!("publishing {:?}", doc);
    doc.pages
}

fn archive(doc: Document) {
    println!("archived {} pages", doc.pages);
}

fn main() {
    let report = Document { pages: 12, draft: false };
    let pages = publish(report);
    println!("{} pages published", pages);
    // mistake 1: report was moved into publish
    println!("draft? {}", report.draft);

    let notes = Document { pages: 2, draft: true };
    for _ in 0..3 {
        // mistake 2: moved in the first iteration
        archive(notes);
    }
}
