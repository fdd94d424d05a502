// A ring buffer of samples; lenient crate, its warnings stay warnings.
pub const CAP: usize = 8;

pub struct Ring {
    data: [i16; CAP],
    head: usize,
    pub len: usize,
}

impl Ring {
    pub fn new() -> Ring {
        Ring { data: [0; CAP], head: 0, len: 0 }
    }

    pub fn push(&mut self, v: i16) {
        let mut slot = (self.head + self.len) % CAP;
        self.data[slot] = v;
        if self.len < CAP { self.len += 1 } else { self.head = (self.head + 1) % CAP }
    }

    pub fn get(&self, i: usize) -> i16 {
        self.data[(self.head + i) % CAP]
    }
}
