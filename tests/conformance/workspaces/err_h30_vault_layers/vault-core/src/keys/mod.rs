mod rotation;

pub use self::rotation::next_epoch;

pub struct Token(pub(crate) u32);

impl Token {
    pub fn fresh() -> Token {
        Token(next_epoch(7))
    }

    pub fn value(&self) -> u32 {
        self.0 ^ 0x5a5a
    }
}
