// A print queue: documents are moved inside macro arguments and then used again.
#[derive(Debug)]
struct Document {
    title: &'static str,
    pages: u32,
}

fn print_doc(doc: Document) -> u32 {
    println!("printing {}", doc.title);
    doc.pages
}

fn cost_cents(pages: u32, color: bool) -> u32 {
    let per_page = if color { 25 } else { 8 };
    pages * per_page
}

fn main() {
    let report = Document { title: "quarterly", pages: 12 };
    let memo = Document { title: "memo", pages: 1 };
    println!("{} pages printed", print_doc(report));
    println!("cost {}", cost_cents(report.pages, true));
    assert_eq!(print_doc(memo), 1);
    println!("{:?}", memo);
}
