// Covers every char value, including the surrogate gap that char cannot hold.
fn plane(c: char) -> u8 {
    match c {
        '\0'..='\u{7F}' => 0,
        '\u{80}'..='\u{D7FF}' => 1,
        '\u{E000}'..='\u{FFFF}' => 2,
        '\u{10000}'..='\u{10FFFF}' => 3,
    }
}

fn classify(c: char) -> &'static str {
    match c {
        'a' | 'e' | 'i' | 'o' | 'u' => "vowel",
        'a'..='z' => "consonant",
        '0'..='9' => "digit",
        c if c.is_whitespace() => "space",
        _ => "other",
    }
}

fn main() {
    let sample = ['a', 'q', '7', ' ', 'é', '€', '😀'];
    for c in sample {
        println!("{} {} {}", c, plane(c), classify(c));
    }
}
