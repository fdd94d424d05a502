pub mod shelf;

#[derive(Debug, Clone, Copy)]
pub struct Book {
    pub id: u32,
    pages: u32,
}

impl Book {
    pub fn new(id: u32, pages: u32) -> Book {
        Book { id, pages }
    }

    pub fn pages(&self) -> u32 {
        self.pages
    }
}
