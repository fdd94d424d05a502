// A small library system with mistakes from several checking phases.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Genre {
    Fiction,
    Science,
    History,
}

#[derive(Debug)]
struct Book {
    id: u32,
    genre: Genre,
    pages: u16,
    on_loan: bool,
}

#[derive(Debug)]
struct Member {
    id: u32,
    borrowed: u8,
}

impl Book {
    fn new(id: u32, genre: Genre, pages: u16) -> Book {
        Book { id, genre, pages, on_loan: false }
    }

    fn lend(&mut self, m: &mut Member) -> bool {
        if self.on_loan || m.borrowed >= Library::MAX_LOANS {
            return false;
        }
        self.on_loan = true;
        m.borrowed += 1;
        true
    }

    fn reading_hours(&self) -> f32 {
        self.pages / 40.0
    }
}

struct Library {
    shelf: [Book; 2],
}

impl Library {
    const MAX_LOANS: u8 = 3;

    fn find(&self, g: Genre) -> u32 {
        for b in self.shelf.iter() {
            if b.genre == g {
                return b.id;
            }
        }
        0
    }

    fn label(g: Genre) -> char {
        match g {
            Genre::Fiction => 'F',
            Genre::Science => 'S',
        }
    }
}

fn main() {
    let mut lib = Library {
        shelf: [Book::new(1, Genre::Fiction, 320), Book::new(2, Genre::History, 500)],
    };
    let mut alice = Member { id: 10, borrowed: 0 };
    lib.shelf[0].lend(&mut alice);
    let m2 = alice;
    println!("{:?} {}", alice, m2.id);
    println!("{}", lib.find(Genre::Poetry));
    println!("{}", lib.shelf[1].reading_hours());
    println!("{}", Library::label(Genre::Science));
    println!("{}", lib.count_loans());
    let total = lib.shelf.len() + undefined_extra;
    println!("{}", total);
}
