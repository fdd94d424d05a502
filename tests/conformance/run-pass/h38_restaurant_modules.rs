// Chapter 7: modules in one file, pub/private, use, super, self.
mod front_of_house {
    pub mod hosting {
        pub fn add_to_waitlist(party: u32) -> u32 {
            seat_at_table(party) + 1
        }

        fn seat_at_table(party: u32) -> u32 {
            party * 2
        }
    }

    pub mod serving {
        pub fn take_order(table: u32) -> u32 {
            let bill = super::hosting::add_to_waitlist(table);
            self::serve_order(bill)
        }

        fn serve_order(bill: u32) -> u32 {
            bill + crate::TIP
        }
    }
}

mod back_of_house {
    #[derive(Debug)]
    pub struct Breakfast {
        pub toast: &'static str,
        seasonal_fruit: &'static str,
    }

    impl Breakfast {
        pub fn summer(toast: &'static str) -> Breakfast {
            Breakfast {
                toast,
                seasonal_fruit: "peaches",
            }
        }

        pub fn fruit(&self) -> &'static str {
            self.seasonal_fruit
        }
    }

    #[derive(Debug)]
    pub enum Appetizer {
        Soup,
        Salad,
    }

    pub fn fix_incorrect_order() -> u32 {
        cook_order();
        super::deliver_order()
    }

    fn cook_order() {
        println!("cooking");
    }
}

const TIP: u32 = 3;

fn deliver_order() -> u32 {
    7
}

use crate::front_of_house::hosting;
use back_of_house::{Appetizer, Breakfast};
use front_of_house::serving::take_order as order;

pub fn eat_at_restaurant() {
    let waiting = hosting::add_to_waitlist(4);
    println!("waitlist ticket {waiting}");
    let mut meal = Breakfast::summer("Rye");
    meal.toast = "Wheat";
    println!("I'd like {} toast please, with {}", meal.toast, meal.fruit());
    let order1 = Appetizer::Soup;
    let order2 = Appetizer::Salad;
    println!("{:?} and {:?}", order1, order2);
    println!("bill {}", order(5));
    println!("fixed {}", back_of_house::fix_incorrect_order());
    println!("{:?}", meal);
}

fn main() {
    eat_at_restaurant();
}
