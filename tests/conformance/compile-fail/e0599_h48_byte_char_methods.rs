// Using char-only method names on u8 bytes.
fn classify(b: u8) -> &'static str {
    if b.is_alphabetic() {
        "letter"
    } else if b.is_numeric() {
        "digit"
    } else if b.is_ascii_whitespace() {
        "space"
    } else {
        "other"
    }
}

fn main() {
    let input = b"a1 ?";
    for &b in input {
        println!("{} -> {}", b as char, classify(b));
    }
    let up = input[0].to_ascii_uppercase();
    println!("{}", up as char);
}
