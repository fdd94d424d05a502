// Recipe scaling: a field was added to Ingredient and not every literal was updated.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Unit {
    Grams,
    Millilitres,
    Pieces,
}

#[derive(Debug, Clone, Copy)]
struct Ingredient {
    name: &'static str,
    amount: f64,
    unit: Unit,
    optional: bool,
}

struct Recipe {
    title: &'static str,
    serves: u32,
    items: [Ingredient; 4],
}

impl Recipe {
    fn scaled(&self, serves: u32) -> Recipe {
        let factor = serves as f64 / self.serves as f64;
        let mut items = self.items;
        for i in 0..items.len() {
            items[i].amount = match items[i].unit {
                Unit::Pieces => (items[i].amount * factor).ceil(),
                _ => (items[i].amount * factor * 10.0).round() / 10.0,
            };
        }
        Recipe { title: self.title, serves, items }
    }

    fn print(&self) {
        println!("{} (serves {})", self.title, self.serves);
        for it in &self.items {
            let unit = match it.unit {
                Unit::Grams => "g",
                Unit::Millilitres => "ml",
                Unit::Pieces => "x",
            };
            let opt = if it.optional { " (optional)" } else { "" };
            println!("  {:>7.1} {:<2} {}{}", it.amount, unit, it.name, opt);
        }
    }
}

fn main() {
    let pancakes = Recipe {
        title: "pancakes",
        serves: 4,
        items: [
            Ingredient { name: "flour", amount: 200.0, unit: Unit::Grams, optional: false },
            Ingredient { name: "milk", amount: 300.0, unit: Unit::Millilitres, optional: false },
            // mistake: `optional` missing
            Ingredient { name: "eggs", amount: 2.0, unit: Unit::Pieces },
            Ingredient { name: "sugar", amount: 25.0, unit: Unit::Grams, optional: true },
        ],
    };
    pancakes.print();
    let big = pancakes.scaled(10);
    big.print();
    // mistake: `serves` missing from the literal
    let empty = Recipe { title: "water", items: big.items };
    empty.print();
}
