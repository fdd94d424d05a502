use super::Book;

pub const CAPACITY: usize = 4;

pub struct Shelf {
    letter: char,
    books: [Book; CAPACITY],
    used: usize,
}

impl Shelf {
    pub fn new(letter: char) -> Shelf {
        Shelf { letter, books: [Book::new(0, 0); CAPACITY], used: 0 }
    }

    pub fn add(&mut self, b: Book) {
        if self.used < CAPACITY {
            self.books[self.used] = b;
            self.used += 1;
        }
    }

    pub fn count(&self) -> usize {
        self.used
    }

    pub fn letter(&self) -> char {
        self.letter
    }

    pub fn total_pages(&self) -> u32 {
        let mut total = 0;
        for b in &self.books[..self.used] {
            total += b.pages();
        }
        total
    }
}
