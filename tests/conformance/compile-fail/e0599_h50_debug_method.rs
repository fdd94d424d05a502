#[derive(Debug)]
struct Token {
    kind: u8,
    text: &'static str,
}

fn main() {
    let t = Token { kind: 1, text: "let" };
    println!("{} {}", t.kind, t.text);
    println!("{}", t.fmt());
}
