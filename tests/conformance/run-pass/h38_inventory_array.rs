// Arrays of structs, for loops over references, enumerate, mutation through index.
#[derive(Debug, Clone, Copy)]
struct Item {
    code: u16,
    qty: u32,
    price_cents: u64,
}

impl Item {
    fn value(&self) -> u64 {
        self.qty as u64 * self.price_cents
    }
}

const EMPTY: Item = Item { code: 0, qty: 0, price_cents: 0 };

fn restock(items: &mut [Item; 5], code: u16, amount: u32) -> bool {
    for i in 0..items.len() {
        if items[i].code == code {
            items[i].qty += amount;
            return true;
        }
    }
    false
}

fn total_value(items: &[Item]) -> u64 {
    let mut total = 0;
    for item in items {
        total += item.value();
    }
    total
}

fn main() {
    let mut stock = [EMPTY; 5];
    stock[0] = Item { code: 101, qty: 3, price_cents: 250 };
    stock[1] = Item { code: 102, qty: 0, price_cents: 1999 };
    stock[2] = Item { code: 205, qty: 12, price_cents: 75 };

    println!("restocked 102: {}", restock(&mut stock, 102, 4));
    println!("restocked 999: {}", restock(&mut stock, 999, 1));

    for (i, item) in stock.iter().enumerate() {
        if item.code == 0 {
            continue;
        }
        println!("#{i} code={} qty={:>3} value={:>6}", item.code, item.qty, item.value());
    }
    println!("total = {}", total_value(&stock));
    println!("first two = {}", total_value(&stock[..2]));
    let cheapest = {
        let mut best = stock[0];
        for item in stock {
            if item.code != 0 && item.price_cents < best.price_cents {
                best = item;
            }
        }
        best
    };
    println!("cheapest: {:?}", cheapest);
}
