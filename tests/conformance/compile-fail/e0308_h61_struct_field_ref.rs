// struct literal fields with reference mismatches
#[derive(Debug)]
struct Label<'a> {
    text: &'a str,
    width: usize,
}

#[derive(Debug)]
struct Counter {
    hits: u64,
}

fn main() {
    let name = "status";
    let w = name.len();
    let lbl = Label { text: name, width: &w };
    let hits: u32 = 17;
    let c = Counter { hits };
    println!("{:?} {:?}", lbl, c);
}
