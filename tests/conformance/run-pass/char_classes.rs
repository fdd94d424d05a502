// Classifies characters of a fixed sample and converts case.
fn class(c: char) -> &'static str {
    if c.is_ascii_digit() {
        "digit"
    } else if c.is_ascii_uppercase() {
        "upper"
    } else if c.is_ascii_lowercase() {
        "lower"
    } else if c.is_whitespace() {
        "space"
    } else if c.is_ascii_punctuation() {
        "punct"
    } else if c.is_alphabetic() {
        "letter"
    } else {
        "other"
    }
}

fn main() {
    let sample = ['a', 'Z', '7', ' ', '!', 'é', 'ß', '\t', '€', '中', '_'];
    for c in sample {
        println!("{:?} U+{:04X} len {} {} alnum={} numeric={}", c, c as u32, c.len_utf8(), class(c), c.is_alphanumeric(), c.is_numeric());
    }
    let word = [b'h', b'E', b'l', b'L', b'o'];
    for b in word {
        print!("{}", b.to_ascii_uppercase() as char);
    }
    println!();
    for c in ['q', 'Q', '3'] {
        print!("{}{} ", c.to_ascii_uppercase(), c.to_ascii_lowercase());
    }
    println!();
    let digit_sum: u32 = {
        let mut s = 0;
        for c in ['4', '0', '9', '2'] {
            s += c as u32 - '0' as u32;
        }
        s
    };
    println!("digit sum {}", digit_sum);
    println!("{} {}", 'A' < 'a', ('a' as u8 + 2) as char);
}
