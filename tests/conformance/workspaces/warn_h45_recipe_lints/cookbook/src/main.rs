use kitchen::pantry::{restock, Shelf, Jar};
use kitchen::{convert, Timer, Unit};
use kitchen::pantry::*;

pub struct Recipe {
    pub name: &'static str,
    pub grams: f64,
    pub serves: u8,
}

pub fn scale_recipe(r: &Recipe, people: u8) -> f64 {
    r.grams * people as f64 / r.serves as f64
}

fn print_recipe(r: &Recipe) {
    println!("{}: {:.1} oz", r.name, convert(r.grams));
}

#[derive(Debug)]
enum Course {
    Starter,
    Main,
    Dessert,
}

fn main() {
    let pancakes = Recipe { name: "pancakes", grams: 250.0, serves: 4 };
    print_recipe(&pancakes);
    let mut shelf = Shelf { items: 1 };
    restock(&mut shelf);
    let t = Timer::start(15);
    println!("{} items, timer {} min, {:?}", shelf.items, t.minutes, Unit::Cup);
    println!("{:?}", Course::Main);
}
