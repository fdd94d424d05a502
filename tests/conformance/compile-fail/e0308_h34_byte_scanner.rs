// A tokenizer over a byte string that compares bytes with chars and returns
// a byte where a char is expected.

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Number,
    Word,
    Punct,
}

fn classify(b: u8) -> Kind {
    if b.is_ascii_digit() {
        Kind::Number
    } else if b.is_ascii_alphabetic() || b == '_' {
        Kind::Word
    } else {
        Kind::Punct
    }
}

fn count_tokens(bytes: &[u8]) -> usize {
    let mut i = 0;
    let mut count = 0;
    while i < bytes.len() {
        if bytes[i] == ' ' {
            i += 1;
            continue;
        }
        let kind = classify(bytes[i]);
        while i < bytes.len() && bytes[i] != b' ' && classify(bytes[i]) == kind {
            i += 1;
        }
        count += 1;
    }
    count
}

fn first_char(bytes: &[u8]) -> char {
    if bytes.is_empty() { ' ' } else { bytes[0] }
}

fn upper_first(bytes: &[u8]) -> char {
    if bytes.is_empty() { '?' } else { bytes[0].to_ascii_uppercase() as char }
}

fn main() {
    let line = b"let x_1 = 42 + y;";
    println!("{} tokens, starts with {} / {}", count_tokens(line), first_char(line), upper_first(line));
}
