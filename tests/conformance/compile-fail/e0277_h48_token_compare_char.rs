// A tiny tokenizer over pre-split words compares &str with char literals.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Tok {
    Plus,
    Minus,
    Num,
    Other,
}

fn kind(word: &str) -> Tok {
    if word == '+' {
        Tok::Plus
    } else if word == "-" {
        Tok::Minus
    } else if word.len() > 0 && word != 'x' {
        Tok::Num
    } else {
        Tok::Other
    }
}

fn main() {
    let words = ["12", "+", "7", "-", "x"];
    let mut kinds = [Tok::Other; 5];
    for (i, w) in words.iter().enumerate() {
        kinds[i] = kind(w);
    }
    println!("{:?}", kinds);
}
