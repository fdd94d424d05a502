use std::fs;

fn main() {
    let path = "C:\Users\ferris\config.toml";
    match fs::read_to_string(path) {
        Ok(text) => println!("{}", text.len()),
        Err(e) => eprintln!("could not read {}: {}", path, e),
    }
}

/// Returns true when the string holds only whitespace.
fn is_blank(s: &str) -> bool {
    s.chars().all(char::is_whitespace)
}

#[allow(dead_code)]
fn first_word(s: &str) -> &str {
    s.split_whitespace().next().unwrap_or("")
}
