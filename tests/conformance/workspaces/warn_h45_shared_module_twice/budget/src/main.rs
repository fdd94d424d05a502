// A tiny CLI in the same package: it declares the money module a second time.
mod money;

use budget::Category;
use money::{format_dollars, Cents};

fn main() {
    let mut food = Category::new("food", budget::money::Cents(40_000));
    food.spend(budget::money::Cents(12_345));
    let (d, c) = format_dollars(Cents(food.remaining()));
    println!("{} left: ${}.{:02}", food.name, d, c);
}
