// A return type whose nested generic arguments are not closed before the body's `{`.
fn lengths(words: &[&str]) -> Vec<Option<usize {
    let mut out = Vec::new();
    for w in words {
        out.push(if w.is_empty() { None } else { Some(w.len()) });
    }
    out
}

fn main() {
    println!("{:?}", lengths(&["one", "", "three"]));
}
