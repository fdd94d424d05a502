#[derive(Debug, Clone, PartialEq)
struct Token {
    kind: u8,
    text: String,
}

fn main() {
    let t = Token { kind: 1, text: "x".into() };
    println!("{:?}", t.clone() == t);
}
