#[derive(Debug, Clone, Copy, PartialEq)]
enum Class {
    Digit,
    Lower,
    Upper,
    Punct,
    Space,
    Other,
}

fn classify(c: char) -> Class {
    match c {
        '0'..='9' => Class::Digit,
        'a'..='z' => Class::Lower,
        'A'..='Z' => Class::Upper,
        '!'..='/' | ':'..='@' | '['..='`' | '{'..='~' => Class::Punct,
        ' ' | '\t' | '\n' | '\r' => Class::Space,
        _ => Class::Other,
    }
}

fn rot13(c: char) -> char {
    match c {
        'a'..='m' | 'A'..='M' => (c as u8 + 13) as char,
        'n'..='z' | 'N'..='Z' => (c as u8 - 13) as char,
        _ => c,
    }
}

fn hex_value(c: char) -> u32 {
    match c {
        d @ '0'..='9' => d as u32 - '0' as u32,
        l @ 'a'..='f' => l as u32 - 'a' as u32 + 10,
        u @ 'A'..='F' => u as u32 - 'A' as u32 + 10,
        _ => 99,
    }
}

fn main() {
    let text = ['H', 'e', 'y', ' ', '4', '2', '!', 'é'];
    let mut counts = [0u32; 6];
    for c in text {
        let idx = match classify(c) {
            Class::Digit => 0,
            Class::Lower => 1,
            Class::Upper => 2,
            Class::Punct => 3,
            Class::Space => 4,
            Class::Other => 5,
        };
        counts[idx] += 1;
        print!("{}", rot13(c));
    }
    println!();
    println!("{:?}", counts);
    println!("{} {} {}", hex_value('7'), hex_value('c'), hex_value('F'));
}
