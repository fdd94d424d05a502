// lints: dead_code non_upper_case_globals
// A library-checkout desk: lint levels on impl blocks, single items and nested modules.

#[allow(dead_code)]
mod catalog {
    pub struct Book {
        pub id: u32,
        pub title: &'static str,
        shelf: u8,
    }

    impl Book {
        pub fn new(id: u32, title: &'static str) -> Book {
            Book { id, title, shelf: 0 }
        }

        fn reshelve(&mut self, s: u8) {
            self.shelf = s;
        }
    }

    #[warn(dead_code)]
    pub mod fines {
        pub const daily_cents: u32 = 25;
        const CAP_CENTS: u32 = 1000;

        pub fn fine(days: u32) -> u32 {
            days * daily_cents
        }

        pub fn capped(days: u32) -> u32 {
            fine(days).min(CAP_CENTS)
        }
    }
}

struct Member {
    name: &'static str,
    borrowed: u8,
    banned: bool,
}

#[allow(dead_code)]
impl Member {
    const MAX_LOANS: u8 = 5;

    fn can_borrow(&self) -> bool {
        !self.banned && self.borrowed < Member::MAX_LOANS
    }
}

impl Member {
    fn greet(&self) {
        println!("hello {}", self.name);
    }

    #[allow(dead_code)]
    fn ban(&mut self) {
        self.banned = true;
    }

    fn renew(&mut self) -> u8 {
        self.borrowed
    }

    #[allow(non_upper_case_globals)]
    const grace_days: u32 = 2;
}

fn main() {
    let b = catalog::Book::new(7, "Dune");
    let m = Member { name: "Ana", borrowed: 1, banned: false };
    m.greet();
    println!("{} {} fine {}", b.id, b.title, catalog::fines::fine(3));
}
