// A lexer's character classes and an integer bucketing table.
fn char_class(c: char) -> u8 {
    match c {
        'a'..='z' | 'A'..='Z' | '_' => 1,
        '0'..='9' => 2,
        ' ' | '\t' | '\n' | '\r' => 3,
        '\0'..='\u{1F}' => 4,
        '!'..='/' => 5,
    }
}

fn bucket(n: i8) -> &'static str {
    match n {
        i8::MIN..=-1 => "negative",
        0 => "zero",
        1..=9 => "small",
        10..=99 => "medium",
        101..=i8::MAX => "large",
    }
}

fn byte_kind(b: u8) -> u8 {
    match b {
        0..=127 => 0,
        128..=191 => 1,
        192..=255 => 2,
    }
}

fn parity(flags: (bool, bool, bool)) -> u8 {
    match flags {
        (true, true, true) | (true, false, false) => 1,
        (false, true, false) | (false, false, true) => 1,
        (false, false, false) => 0,
        (true, true, false) | (false, true, true) => 0,
    }
}

fn main() {
    let text = ['a', '1', ' ', '!'];
    let mut total = 0u32;
    for c in text {
        total += char_class(c) as u32;
    }
    println!("{} {} {} {}", total, bucket(42), byte_kind(200), parity((true, false, true)));
}
