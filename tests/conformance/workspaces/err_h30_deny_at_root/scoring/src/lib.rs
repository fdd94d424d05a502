// Score keeping for an arcade cabinet; this crate keeps default lint levels.
pub mod rules;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Score(pub u32);

pub struct Board {
    pub entries: [Score; 5],
    pub filled: usize,
}

impl Board {
    pub fn empty() -> Board {
        Board { entries: [Score(0); 5], filled: 0 }
    }

    pub fn submit(&mut self, s: Score) -> usize {
        let mut pos = self.filled;
        while pos > 0 && self.entries[pos - 1] < s {
            if pos < 5 {
                self.entries[pos] = self.entries[pos - 1];
            }
            pos -= 1;
        }
        if pos < 5 {
            self.entries[pos] = s;
            if self.filled < 5 {
                self.filled += 1;
            }
        }
        pos
    }
}
