mod tables;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Token {
    Num(u8),
    Op(char),
    End,
}

pub fn classify(b: u8) -> Token {
    if tables::is_digit(b) {
        Token::Num(b - b'0')
    } else {
        Token::Op(b as char)
    }
}
