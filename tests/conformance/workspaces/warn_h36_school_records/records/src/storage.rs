use crate::MAX_STUDENTS;

#[derive(Clone, Copy)]
struct Entry {
    name: &'static str,
    score: u8,
    enrolled_year: u16,
}

pub struct Roster {
    entries: [Entry; MAX_STUDENTS],
    len: usize,
}

impl Roster {
    pub fn new() -> Roster {
        Roster { entries: [Entry { name: "", score: 0, enrolled_year: 0 }; MAX_STUDENTS], len: 0 }
    }

    pub fn add(&mut self, name: &'static str, score: u8) -> bool {
        if self.len == MAX_STUDENTS {
            return false;
        }
        let mut slot = self.len;
        self.entries[slot] = Entry { name, score, enrolled_year: 2024 };
        self.len += 1;
        true
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn get(&self, i: usize) -> (&'static str, u8) {
        let e = self.entries[i];
        (e.name, e.score)
    }

    pub fn average(&self) -> f64 {
        let mut sum = 0u32;
        for e in &self.entries[..self.len] {
            sum += e.score as u32;
        }
        sum as f64 / self.len as f64
    }
}
