// char ranges used on bytes
fn classify(b: u8) -> &'static str {
    match b {
        'a'..='z' => "lower",
        b'A'..=b'Z' => "upper",
        b'0'..=b'9' => "digit",
        _ => "other",
    }
}

fn main() {
    for &b in b"aZ3!" {
        println!("{}", classify(b));
    }
}
