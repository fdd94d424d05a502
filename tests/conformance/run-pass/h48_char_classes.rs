// Classifying chars from an array of char with the char methods of L1.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Class {
    Upper,
    Lower,
    Digit,
    Space,
    Punct,
    Other,
}

fn classify(c: char) -> Class {
    if c.is_ascii_uppercase() {
        Class::Upper
    } else if c.is_ascii_lowercase() {
        Class::Lower
    } else if c.is_ascii_digit() {
        Class::Digit
    } else if c.is_whitespace() {
        Class::Space
    } else if c.is_ascii_punctuation() {
        Class::Punct
    } else {
        Class::Other
    }
}

fn main() {
    let chars = ['R', 'u', 's', 't', ' ', '1', '.', '9', '5', '!', 'é', '\t'];
    let mut counts = [0usize; 6];
    for c in chars {
        let k = classify(c);
        counts[k as usize] += 1;
    }
    let names = ["upper", "lower", "digit", "space", "punct", "other"];
    for (i, name) in names.iter().enumerate() {
        println!("{:>6}: {}", name, counts[i]);
    }
    let mut shouted = chars;
    for i in 0..shouted.len() {
        shouted[i] = shouted[i].to_ascii_uppercase();
    }
    for c in &shouted {
        print!("{}", c);
    }
    println!();
    let mut bytes_needed = 0;
    for c in chars.iter() {
        bytes_needed += c.len_utf8();
    }
    println!("utf8 bytes: {bytes_needed}, alnum é: {}", 'é'.is_alphanumeric());
}
