#[derive(Debug)]
pub struct Title {
    pub words: u8,
    pub isbn: u64,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Format {
    Paper,
    Ebook,
}

#[derive(Debug)]
pub struct Entry {
    pub title: Title,
    pub format: Format,
    pub price: u32,
}

pub struct Catalog {
    pub entries: [Entry; 3],
}

impl Catalog {
    pub fn sample() -> Catalog {
        Catalog {
            entries: [
                Entry { title: Title { words: 3, isbn: 9780000000011 }, format: Format::Paper, price: 1999 },
                Entry { title: Title { words: 5, isbn: 9780000000028 }, format: Format::Ebook, price: 899 },
                Entry { title: Title { words: 2, isbn: 9780000000035 }, format: Format::Paper, price: 2450 },
            ],
        }
    }

    pub fn cheapest(&self) -> &Entry {
        let mut best = &self.entries[0];
        for e in &self.entries {
            if e.price < best.price {
                best = e;
            }
        }
        best
    }
}

pub fn find(c: &Catalog, isbn: u64) -> &Entry {
    for e in &c.entries {
        if e.title.isbn == isbn {
            return e;
        }
    }
    &c.entries[0]
}
