fn main() {
    let words = "one two three";
    let count = words.split_whitespace().count().;
    println!("{}", count);
}

/// Returns true when the string holds only whitespace.
fn is_blank(s: &str) -> bool {
    s.chars().all(char::is_whitespace)
}

#[allow(dead_code)]
fn first_word(s: &str) -> &str {
    s.split_whitespace().next().unwrap_or("")
}
