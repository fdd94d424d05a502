// Classify bytes and chars of some inputs.
fn classify_bytes(s: &[u8]) -> (usize, usize, usize, usize) {
    let (mut digits, mut letters, mut spaces, mut punct) = (0, 0, 0, 0);
    for &b in s {
        if b.is_ascii_digit() {
            digits += 1;
        } else if b.is_ascii_alphabetic() {
            letters += 1;
        } else if b.is_ascii_whitespace() {
            spaces += 1;
        } else if b.is_ascii_punctuation() {
            punct += 1;
        }
    }
    (digits, letters, spaces, punct)
}

fn upper_copy(src: &[u8; 8]) -> [u8; 8] {
    let mut out = [0u8; 8];
    for i in 0..src.len() {
        out[i] = src[i].to_ascii_uppercase();
    }
    out
}

fn is_identifier(s: &[char]) -> bool {
    if s.is_empty() {
        return false;
    }
    let mut first = true;
    for &c in s {
        let ok = if first { c.is_alphabetic() || c == '_' } else { c.is_alphanumeric() || c == '_' };
        if !ok {
            return false;
        }
        first = false;
    }
    true
}

fn main() {
    let line = b"Order #42: 3 apples, 12 pears!";
    let (d, l, s, p) = classify_bytes(line);
    println!("digits={} letters={} spaces={} punct={}", d, l, s, p);
    let up = upper_copy(b"rust-1.9");
    for b in up {
        print!("{}", b as char);
    }
    println!();
    let words: [&[char]; 3] = [&['s', '_', 'k'], &['9', 'l'], &[]];
    for word in words {
        println!("{:?} -> {} (len {})", word, is_identifier(word), word.len());
    }
    for s in ["snake_case", "", "naïve"] {
        println!("{:?} has {} bytes, empty={}", s, s.len(), s.is_empty());
    }
    let c = 'é';
    println!("{} {} {}", c.len_utf8(), c.is_ascii(), c.is_ascii_lowercase());
    println!("{}", 'q'.to_ascii_uppercase());
    println!("{}", b'Z'.to_ascii_lowercase() as char);
    println!("{}", '\t'.is_whitespace());
    println!("{}", '٣'.is_numeric());
    println!("{}", b'7'.is_ascii_hexdigit() && b'g'.is_ascii_lowercase());
}
