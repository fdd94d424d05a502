fn main() {
    let reply = "She said "hello" and left";
    println!("{}", reply);
}

/// Returns true when the string holds only whitespace.
fn is_blank(s: &str) -> bool {
    s.chars().all(char::is_whitespace)
}

#[allow(dead_code)]
fn first_word(s: &str) -> &str {
    s.split_whitespace().next().unwrap_or("")
}
