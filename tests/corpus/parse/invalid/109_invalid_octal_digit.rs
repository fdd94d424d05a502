fn main() {
    let permissions = 0o758;
    println!("{:o}", permissions);
}

/// Returns true when the string holds only whitespace.
fn is_blank(s: &str) -> bool {
    s.chars().all(char::is_whitespace)
}

#[allow(dead_code)]
fn first_word(s: &str) -> &str {
    s.split_whitespace().next().unwrap_or("")
}
