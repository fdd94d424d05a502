mod recipes;

use measure::convert::{cups, water};
use measure::Grams;
// The package name is not a crate name here: the dependency was renamed.
use units_core::CUP_ML;

fn main() {
    let flour = Grams(500.0);
    let liquid = water(cups(1.5));
    println!("{:?} {:?} {}", flour, liquid, recipes::bread::hydration(flour, liquid));
    println!("{}", units_core::CUP_ML);
    println!("{}", measure::convert::tablespoons(2.0));
    println!("{}", recipes::total_weight());
}
