#[derive(Debug)]
enum Token {
    Digit(u32),
    Lower,
    Upper,
    Space,
    Other(char),
}

fn classify(c: char) -> Token {
    match c {
        '0'..='9' => Token::Digit(c as u32 - '0' as u32),
        'a'..='z' => Token::Lower,
        'A'..='Z' => Token::Upper,
        ' ' | '\t' | '\n' => Token::Space,
        '\0'..='/' => Token::Other(c),
        ':'..='@' => Token::Other(c),
        '['..='`' => Token::Other(c),
        '{'..='\u{D7FF}' => Token::Other(c),
    }
}

fn is_vowel(c: char) -> bool {
    match c {
        'a' | 'e' | 'i' | 'o' | 'u' => true,
        'b'..='z' => false,
    }
}

fn main() {
    let text = ['H', 'i', ' ', '4', '2', '!'];
    for c in text {
        println!("{:?}", classify(c));
    }
    println!("{}", is_vowel('e'));
}
