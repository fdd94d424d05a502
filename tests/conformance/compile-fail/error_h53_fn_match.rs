// Keyword used as a function name.
fn match(a: &str, b: &str) -> bool {
    a.len() == b.len()
}

fn main() {
    let ok = match("abc", "xyz");
    println!("{}", ok);
}
