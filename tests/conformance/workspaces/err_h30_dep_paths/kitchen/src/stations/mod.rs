mod grill;

use crate::stations::grill::heat;
use book::courses::*;

pub fn run() {
    let c = Course::Main;
    heat(c);
    println!("{}", desserts::sweetness(&desserts::TART));
    println!("{}", crate::grill::MAX_TEMP);
    println!("{}", super::stations::grill::preheat());
}
