// A phone-book lookup with `#![deny(dead_code)]` and a misspelled name.
#![deny(dead_code)]
#![deny(unused_imports)]

mod book {
    pub struct Contact {
        pub name: &'static str,
        pub number: u32,
        pub email: &'static str,
    }

    pub const ENTRIES: [Contact; 3] = [
        Contact { name: "ada", number: 5551, email: "ada@x" },
        Contact { name: "bob", number: 5552, email: "bob@x" },
        Contact { name: "cy", number: 5553, email: "cy@x" },
    ];

    pub fn find(name: &str) -> u32 {
        for c in &ENTRIES {
            if c.name.len() == name.len() {
                return c.number;
            }
        }
        0
    }

    pub fn count() -> usize {
        ENTRIES.len()
    }
}

use book::{count, find, Contact};

fn area_code() -> u32 {
    555
}

fn main() {
    let n = find("bob");
    println!("{} of {}", n, count());
    println!("{}", fnd("cy"));
    println!("{}", book::ENTRY_COUNT);
}
