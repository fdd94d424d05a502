#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    White,
    Black,
}

#[derive(Debug, Clone, Copy)]
pub struct Timer {
    white: u32,
    black: u32,
    pub turn: Side,
}

impl Timer {
    pub fn new(seconds: u32) -> Timer {
        Timer { white: seconds, black: seconds, turn: Side::White }
    }

    pub fn tick(&mut self, elapsed: u32) {
        match self.turn {
            Side::White => self.white = self.white.saturating_sub(elapsed),
            Side::Black => self.black = self.black.saturating_sub(elapsed),
        }
    }

    pub fn press(&mut self) {
        match self.turn {
            Side::White => {
                self.white += crate::INCREMENT;
                self.turn = Side::Black;
            }
            Side::Black => {
                self.black += super::INCREMENT;
                self.turn = Side::White;
            }
        }
    }

    pub fn remaining(&self, side: Side) -> u32 {
        match side {
            Side::White => self.white,
            Side::Black => self.black,
        }
    }
}
