#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Mode {
    Overwrite,
    Reject,
}

pub struct Ring {
    buf: [i32; Ring::CAP],
    head: usize,
    len: usize,
    mode: Mode,
}

impl Ring {
    pub const CAP: usize = 4;

    pub fn new(mode: Mode) -> Ring {
        Ring { buf: [0; Self::CAP], head: 0, len: 0, mode }
    }

    pub fn push(&mut self, v: i32) -> bool {
        use Mode::*;
        if self.len == Self::CAP {
            match self.mode {
                Reject => return false,
                Overwrite => {
                    self.head = (self.head + 1) % Self::CAP;
                    self.len -= 1;
                }
            }
        }
        let idx = (self.head + self.len) % Self::CAP;
        self.buf[idx] = v;
        self.len += 1;
        true
    }

    pub fn snapshot(&self) -> [i32; Self::CAP] {
        let mut out = [0; Self::CAP];
        let mut i = 0;
        while i < self.len {
            out[i] = self.buf[(self.head + i) % Self::CAP];
            i += 1;
        }
        out
    }

    pub fn stats(&self) -> (usize, (i32, i32)) {
        let snap = self.snapshot();
        let mut lo = i32::MAX;
        let mut hi = i32::MIN;
        for &v in &snap[..self.len] {
            lo = lo.min(v);
            hi = hi.max(v);
        }
        (self.len, (lo, hi))
    }
}
