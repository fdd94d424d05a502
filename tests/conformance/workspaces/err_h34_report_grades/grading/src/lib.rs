//! Letter grades. `Incomplete` was added in the latest term.

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Grade {
    A,
    B,
    C,
    D,
    F,
    Incomplete,
}

pub fn from_score(score: u8, finished: bool) -> Grade {
    if !finished {
        return Grade::Incomplete;
    }
    match score {
        90..=u8::MAX => Grade::A,
        80..=89 => Grade::B,
        70..=79 => Grade::C,
        60..=69 => Grade::D,
        _ => Grade::F,
    }
}
