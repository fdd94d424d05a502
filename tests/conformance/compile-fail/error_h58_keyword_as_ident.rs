#[derive(Debug)]
struct Token {
    kind: u8,
    text: &'static str,
}

fn main() {
    let t = Token { kind: 1, text: "let" };
    let type = t.kind;
    println!("{} {}", type, t.text);
}
