use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Letter {
    A,
    B,
    C,
    D,
    F,
    Incomplete,
}

pub fn letter(score: u8) -> Letter {
    match score {
        90..=100 => Letter::A,
        80..=89 => Letter::B,
        70..=79 => Letter::C,
        60..=69 => Letter::D,
        0..=59 => Letter::F,
        _ => Letter::F,
    }
}

pub(crate) fn curve(score: u8, bonus: u8) -> u8 {
    score.saturating_add(bonus).min(100)
}

fn grade_points(l: Letter) -> f32 {
    match l {
        Letter::A => 4.0,
        Letter::B => 3.0,
        Letter::C => 2.0,
        Letter::D => 1.0,
        _ => 0.0,
    }
}
