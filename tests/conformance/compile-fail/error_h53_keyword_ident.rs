// Keyword used as a variable name.
#[derive(Debug)]
enum Kind {
    Small,
    Large,
}

fn main() {
    let size = 12;
    let type = if size > 10 { Kind::Large } else { Kind::Small };
    println!("{:?}", type);
}
