#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Compass {
    N,
    E,
    S,
    W,
}

pub mod moves {
    use super::Compass::{self, *};

    pub fn opposite(c: &Compass) -> Compass {
        match c {
            N => S,
            S => N,
            E => W,
            W => E,
        }
    }
}
