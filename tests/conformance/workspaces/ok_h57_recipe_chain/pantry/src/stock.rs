use measure_h57::{Qty, Unit};

#[derive(Debug, Clone, Copy)]
pub struct Item {
    pub name: &'static str,
    pub have: Qty,
}

pub struct Shelf {
    pub items: [Item; 3],
}

impl Shelf {
    pub fn basic() -> Shelf {
        Shelf {
            items: [
                Item { name: "flour", have: Qty::grams(500) },
                Item { name: "milk", have: Qty { amount: 750, unit: Unit::Millilitre } },
                Item { name: "egg", have: Qty { amount: 6, unit: Unit::Piece } },
            ],
        }
    }

    pub fn amount_of(&self, name: &str, unit: Unit) -> u32 {
        for item in &self.items {
            if item.name == name && item.have.unit == unit {
                return item.have.amount;
            }
        }
        0
    }
}
