// An inventory with HashMap entry API, BTreeMap ordering and category grouping.
use std::collections::{btree_map, BTreeMap, HashMap};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    Tool,
    Food,
    Part,
}

#[derive(Debug, Clone)]
pub struct Item {
    pub sku: String,
    pub category: Category,
    pub price_cents: u32,
    pub qty: u32,
}

#[derive(Default)]
pub struct Inventory {
    items: BTreeMap<String, Item>,
}

impl Inventory {
    pub fn add(&mut self, sku: &str, category: Category, price_cents: u32, qty: u32) {
        match self.items.entry(sku.to_string()) {
            btree_map::Entry::Occupied(mut e) => {
                let item = e.get_mut();
                item.qty += qty;
                item.price_cents = price_cents;
            }
            btree_map::Entry::Vacant(e) => {
                e.insert(Item { sku: sku.to_string(), category, price_cents, qty });
            }
        }
    }

    pub fn take(&mut self, sku: &str, qty: u32) -> Result<u32, String> {
        let item = self.items.get_mut(sku).ok_or_else(|| format!("unknown sku {sku}"))?;
        item.qty = item.qty.checked_sub(qty).ok_or_else(|| format!("only {} of {sku}", item.qty))?;
        if item.qty == 0 {
            self.items.remove(sku);
            return Ok(0);
        }
        Ok(self.items[sku].qty)
    }

    pub fn value_by_category(&self) -> HashMap<Category, u64> {
        let mut out = HashMap::new();
        for item in self.items.values() {
            *out.entry(item.category).or_insert(0u64) += item.price_cents as u64 * item.qty as u64;
        }
        out
    }
}

fn main() {
    let mut inv = Inventory::default();
    inv.add("hammer", Category::Tool, 1599, 3);
    inv.add("apple", Category::Food, 45, 40);
    inv.add("bolt", Category::Part, 12, 500);
    inv.add("hammer", Category::Tool, 1499, 2);
    println!("{:?}", inv.take("apple", 10));
    println!("{:?}", inv.take("bolt", 501));
    println!("{:?}", inv.take("saw", 1));
    let mut totals: Vec<_> = inv.value_by_category().into_iter().collect();
    totals.sort();
    for (cat, cents) in totals {
        println!("{cat:?}: ${}.{:02}", cents / 100, cents % 100);
    }
}
