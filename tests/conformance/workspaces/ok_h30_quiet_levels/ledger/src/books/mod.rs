mod entry;

pub use self::entry::Entry;

pub struct Book {
    pub entries: [Entry; 8],
    pub len: usize,
    archived: bool,
}

impl Book {
    pub const CAPACITY: usize = 8;

    pub fn new() -> Book {
        Book { entries: [Entry::EMPTY; Book::CAPACITY], len: 0, archived: false }
    }

    pub fn push(&mut self, e: Entry) -> bool {
        if self.len == Book::CAPACITY {
            return false;
        }
        self.entries[self.len] = e;
        self.len += 1;
        true
    }
}
