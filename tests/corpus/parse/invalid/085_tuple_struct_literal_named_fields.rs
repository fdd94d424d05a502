#[derive(Debug)]
struct Rgb(u8, u8, u8);

fn main() {
    let orange = Rgb(r: 255, g: 165, b: 0);
    println!("{:?}", orange);
}

/// Returns true when the string holds only whitespace.
fn is_blank(s: &str) -> bool {
    s.chars().all(char::is_whitespace)
}

#[allow(dead_code)]
fn first_word(s: &str) -> &str {
    s.split_whitespace().next().unwrap_or("")
}
