// Calling a function that was not marked `pub` in a nested module.
mod front_of_house {
    pub mod hosting {
        pub fn add_to_waitlist() -> u32 {
            seat_at_table() + 1
        }

        fn seat_at_table() -> u32 {
            4
        }
    }

    mod serving {
        pub fn take_order() {}
    }

    pub const OPEN_HOUR: u8 = 9;
    const CLOSE_HOUR: u8 = 22;
}

pub fn eat_at_restaurant() {
    // Absolute path
    let n = crate::front_of_house::hosting::add_to_waitlist();
    // Relative path to a private function
    let table = front_of_house::hosting::seat_at_table();
    front_of_house::serving::take_order();
    println!("{n} {table} {}", front_of_house::OPEN_HOUR);
    println!("closes at {}", front_of_house::CLOSE_HOUR);
}

fn main() {
    eat_at_restaurant();
}
