pub mod fiction;

pub mod reference {
    pub const COUNT: usize = 40;

    pub fn locate(isbn: u64) -> usize {
        (isbn % super::SECTIONS as u64) as usize + self::COUNT
    }

    pub fn restricted(isbn: u64) -> bool {
        crate::shelves::fiction::is_rare(isbn) || self::fiction::is_rare(isbn)
    }
}

pub const SECTIONS: usize = 12;
pub const OLDEST_YEAR: u16 = 1789;

#[derive(Debug, Clone, Copy)]
pub struct Book {
    pub isbn: u64,
    pub year: u16,
}

impl Book {
    pub fn section(&self) -> usize {
        self::reference::locate(self.isbn)
    }
}
