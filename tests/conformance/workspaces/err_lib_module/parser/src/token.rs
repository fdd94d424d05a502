#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Token {
    Number(u32),
    Plus,
    Minus,
    End,
}
