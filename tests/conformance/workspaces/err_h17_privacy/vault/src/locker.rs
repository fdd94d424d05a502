#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Key(u32);

impl Key {
    pub fn raw(self) -> u32 {
        self.0
    }

    pub(crate) fn make(v: u32) -> Key {
        Key(v)
    }
}

pub struct Locker {
    pub label: &'static str,
    code: u32,
    pub(crate) opened: bool,
}

impl Locker {
    pub fn new(label: &'static str, code: u32) -> Locker {
        Locker { label, code, opened: false }
    }

    fn verify(&self, code: u32) -> bool {
        self.code == code
    }

    pub(crate) fn force(&mut self) {
        self.opened = true;
    }

    pub fn try_open(&mut self, code: u32) -> bool {
        if self.verify(code) {
            self.force();
        }
        self.opened
    }
}
