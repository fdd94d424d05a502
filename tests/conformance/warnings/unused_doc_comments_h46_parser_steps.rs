// lints: unused_doc_comments
// A tiny tokenizer whose match arms and locals carry `///` comments.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Tok {
    Num(u32),
    Plus,
    Minus,
    Space,
    Bad,
}

fn classify(b: u8) -> Tok {
    match b {
        /// digits become numbers
        b'0'..=b'9' => Tok::Num((b - b'0') as u32),
        b'+' => Tok::Plus,
        /// minus sign
        b'-' => Tok::Minus,
        b' ' => Tok::Space,
        _ => Tok::Bad,
    }
}

fn eval(src: &[u8]) -> i64 {
    /// accumulated result
    let mut total: i64 = 0;
    let mut sign: i64 = 1;
    for &b in src {
        /// one token at a time
        let t = classify(b);
        match t {
            Tok::Num(n) => total += sign * n as i64,
            Tok::Plus => sign = 1,
            Tok::Minus => sign = -1,
            Tok::Space | Tok::Bad => {}
        }
    }
    total
}

fn main() {
    let r = eval(b"1 + 2 - 3 + 9");
    println!("{}", r);
}
