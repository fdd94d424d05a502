// The kitchen refers to the recipe book by its renamed dependency name.
mod stations;

use book::courses::desserts::{sweetness, TART};
use book::courses::Starters;
use book::{Course, Recipe, MAIN_DISH};
use recipe_book::SOUP;
use pantry::restock;

fn main() {
    let r = book::SOUP;
    println!("{} quick={} sweet={}", r.name, r.is_quick(), sweetness(&TART));
    println!("limit {}", Recipe::QUICK_LIMIT);
    println!("limit {}", Recipe::SLOW_LIMIT);
    let c = Course::Brunch;
    println!("{:?}", book::courses::soups::LEEK);
    println!("{}", book::plan_menu(3));
    stations::run();
}
