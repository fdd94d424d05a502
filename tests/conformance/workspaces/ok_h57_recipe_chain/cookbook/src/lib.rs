pub use pantry_h57::measure::{Qty, Unit};
pub use pantry_h57::{Item, Shelf};

pub struct Recipe {
    pub title: &'static str,
    pub needs: [(&'static str, Qty); 3],
}

pub static PANCAKES: Recipe = Recipe {
    title: "Pancakes",
    needs: [
        ("flour", Qty { amount: 200, unit: Unit::Gram }),
        ("milk", Qty { amount: 300, unit: Unit::Millilitre }),
        ("egg", Qty { amount: 2, unit: Unit::Piece }),
    ],
};

pub fn can_make(r: &Recipe, shelf: &Shelf, servings: u32) -> bool {
    for (name, q) in r.needs.iter() {
        let need = q.scaled(servings, 2);
        match shelf.amount_of(name, need.unit) {
            0 => return false,
            have if have < need.amount => return false,
            _ => {}
        }
    }
    true
}
