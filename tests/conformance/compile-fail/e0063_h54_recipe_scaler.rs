// Recipe scaler: ingredients with quantities in grams, scaled by servings.
#[derive(Debug, Clone, Copy)]
struct Ingredient {
    name: &'static str,
    grams: u32,
    optional: bool,
}

#[derive(Debug)]
struct Recipe {
    title: &'static str,
    servings: u32,
    items: [Ingredient; 4],
}

impl Recipe {
    fn scaled(&self, servings: u32) -> Recipe {
        let mut items = self.items;
        for it in items.iter_mut() {
            it.grams = it.grams * servings / self.servings;
        }
        Recipe { title: self.title, servings, items }
    }

    fn total_grams(&self, include_optional: bool) -> u32 {
        let mut t = 0;
        for it in &self.items {
            if include_optional || !it.optional {
                t += it.grams;
            }
        }
        t
    }

    fn heaviest(&self) -> &Ingredient {
        let mut h = &self.items[0];
        for it in self.items.iter() {
            if it.grams > h.grams {
                h = it;
            }
        }
        h
    }
}

fn main() {
    let pancakes = Recipe {
        title: "pancakes",
        servings: 4,
        items: [
            Ingredient { name: "flour", grams: 250, optional: false },
            Ingredient { name: "milk", grams: 500, optional: false },
            Ingredient { name: "sugar", grams: 30 },
            Ingredient { name: "blueberries", grams: 120, optional: true, organic: true },
        ],
    };
    let big = pancakes.scaled(10);
    println!("{} for {}: {} g", big.title, big.servings, big.total_grams(true));
    println!("without optional: {} g", big.total_grams(false));
    println!("heaviest: {:?}", big.heaviest());
}
