#[derive(Debug, Clone, Copy, PartialEq)]
struct Token {
    r#type: u8,
    r#match: bool,
    r#loop: i32,
}

fn r#fn(r#in: i32) -> i32 {
    r#in * 2
}

mod r#mod {
    pub fn r#struct() -> &'static str {
        "struct"
    }
}

fn main() {
    let r#let = 3;
    let t = Token { r#type: 1, r#match: true, r#loop: r#fn(r#let) };
    let Token { r#type, r#match, .. } = t;
    println!("{} {} {}", r#type, r#match, t.r#loop);
    println!("{}", r#mod::r#struct());
    let r#as = t.r#type as i64;
    println!("{}", r#as);
    // raw ident of a non-keyword is the same identifier
    let r#hello = 10;
    println!("{}", hello + r#let);
}
