// Character classification with wrong calls.
fn classify(c: char) -> u8 {
    if c.is_alphabetic() {
        1
    } else if c.is_numeric() {
        2
    } else if c.is_whitespace {
        3
    } else if c.is_ascii_punctuation() {
        4
    } else {
        0
    }
}

fn main() {
    let text = ['a', '1', ' ', '!', 'Z'];
    let mut counts = [0u32; 5];
    for c in text {
        counts[classify(c)] += 1;
    }
    let up = 'q'.to_ascii_uppercase();
    let up2 = 'q'.to_uppercase_ascii();
    let l = 'é'.len_utf8() + 1u32;
    let b = b'x'.is_ascii_lowercase();
    let b2 = b'x'.to_ascii_uppercase() as char;
    let d = 'x'.is_ascii_hexdigit(16);
    let dd = '7'.is_ascii_digit(10);
    println!("{:?} {} {} {} {} {} {} {}", counts, up, up2, l, b, b2, d, dd);
}
