// Privacy rules a learner discovers: children see their ancestors' private items,
// struct fields are visible inside the defining module and its descendants.
mod zoo {
    const OPENING: u8 = 8;

    fn ticket_price(age: u8) -> u32 {
        if age < 12 { 5 } else { 12 }
    }

    pub struct Animal {
        name: &'static str,
        pub legs: u8,
        fed: bool,
    }

    pub fn new_animal(name: &'static str, legs: u8) -> Animal {
        Animal { name, legs, fed: false }
    }

    pub mod keeper {
        use super::Animal;

        pub fn feed(a: &mut Animal) {
            a.fed = true;
            println!("fed {} (opens at {})", a.name, super::OPENING);
        }

        pub fn price_for(age: u8) -> u32 {
            super::ticket_price(age) + helpers::fee()
        }

        mod helpers {
            pub fn fee() -> u32 {
                crate::zoo::ticket_price(1) / 5
            }
        }

        pub(crate) fn is_fed(a: &Animal) -> bool {
            a.fed
        }
    }

    pub(crate) mod report {
        pub(in crate::zoo) fn hidden_count() -> u32 {
            2
        }

        pub(super) fn summary() -> u32 {
            hidden_count() + 1
        }
    }

    pub fn total() -> u32 {
        report::summary() + report::hidden_count()
    }
}

use zoo::keeper::{self, feed};

fn main() {
    let mut lion = zoo::new_animal("lion", 4);
    println!("legs {}", lion.legs);
    feed(&mut lion);
    println!("fed? {}", keeper::is_fed(&lion));
    println!("child price {}", keeper::price_for(7));
    println!("adult price {}", zoo::keeper::price_for(30));
    println!("total {}", zoo::total());
    lion.legs -= 1;
    println!("legs now {}", lion.legs);
}
