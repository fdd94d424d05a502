// lints: dead_code
// Keywords as identifiers via raw identifiers, done right.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Small,
    Large,
}

struct Item {
    r#type: Kind,
    r#ref: u32,
}

fn r#match(a: &Item, b: &Item) -> bool {
    a.r#type == b.r#type
}

fn main() {
    let r#loop = 3;
    let a = Item { r#type: Kind::Small, r#ref: 1 };
    let b = Item { r#type: Kind::Small, r#ref: r#loop };
    println!("{} {} {}", r#match(&a, &b), a.r#ref, b.r#ref);
    println!("{:?}", a.r#type);
}
