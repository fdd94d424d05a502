#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Color {
    Red,
    Blue,
}

impl Color {
    pub fn code(self) -> char {
        match self {
            Color::Red => 'R',
            Color::Blue => 'B',
        }
    }
}
