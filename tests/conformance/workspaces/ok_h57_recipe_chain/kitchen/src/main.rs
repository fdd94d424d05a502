use book::{can_make, Shelf, Unit, PANCAKES};
use measure_h57::GRAMS_PER_CUP;

fn unit_label(u: Unit) -> &'static str {
    match u {
        Unit::Gram => "g",
        Unit::Millilitre => "ml",
        Unit::Piece => "pcs",
    }
}

fn main() {
    let shelf = Shelf::basic();
    println!("{}:", PANCAKES.title);
    for (name, q) in &PANCAKES.needs {
        println!("  {:<6} {:>4} {}", name, q.amount, unit_label(q.unit));
    }
    for servings in [2, 4, 6] {
        println!("{servings} servings possible: {}", can_make(&PANCAKES, &shelf, servings));
    }
    let cups = PANCAKES.needs[0].1.amount as f64 / GRAMS_PER_CUP as f64;
    println!("flour in cups: {cups:.2}");
    let m: measure_h57::Qty = book::Qty::grams(10);
    assert_eq!(m.unit, Unit::Gram);
}
