mod spoilt;

use crate::MAX_CANDIDATES;
use helpers::percent;

#[derive(Debug, Clone, Copy)]
pub enum Ballot {
    For(usize),
    Blank,
    Spoilt { reason: u8 },
}

pub struct Counter {
    pub votes: [u32; MAX_CANDIDATES],
    blanks: u32,
    spoilt: u32,
}

impl Counter {
    pub fn new() -> Counter {
        Counter { votes: [0; MAX_CANDIDATES], blanks: 0, spoilt: 0 }
    }

    pub fn cast(&mut self, b: Ballot) {
        match b {
            Ballot::For(i) => self.votes[i] += 1,
            Ballot::Blank => self.blanks += 1,
            Ballot::Spoilt { reason } => self.spoilt += spoilt::weight(0),
        }
    }

    pub fn total(&self) -> u32 {
        let mut t = 0;
        for v in self.votes {
            t += v;
        }
        t
    }

    pub(crate) fn turnout(&self, registered: u32) -> u32 {
        percent(self.total() + self.blanks, registered)
    }
}
