use ids::{FIRST_HIGH, FLOOR, LAST_ID, SPAN};

const AFTER_LAST: u128 = LAST_ID + 1;
const NEGATED_FLOOR: i128 = -FLOOR;
const DOUBLE_SPAN: u128 = SPAN * 2;
const HALF: u128 = FIRST_HIGH / 2;

fn bucket(id: u128) -> u8 {
    match id {
        0..FIRST_HIGH => 0,
        FIRST_HIGH..LAST_ID => 1,
    }
}

fn main() {
    println!("{}", ids::is_high(HALF));
    println!("{} {} {}", AFTER_LAST, NEGATED_FLOOR, DOUBLE_SPAN);
    println!("{}", bucket(LAST_ID));
}
