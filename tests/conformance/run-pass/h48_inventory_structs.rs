// Arrays of structs: a small inventory with &mut element access.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Item {
    id: u32,
    qty: u16,
    price_cents: u32,
}

const SLOTS: usize = 5;

fn restock(items: &mut [Item], threshold: u16, amount: u16) -> usize {
    let mut touched = 0;
    for i in 0..items.len() {
        let it = &mut items[i];
        if it.qty < threshold {
            it.qty = it.qty.saturating_add(amount);
            touched += 1;
        }
    }
    touched
}

fn value(items: &[Item]) -> u64 {
    let mut total = 0u64;
    for it in items.iter() {
        total += it.qty as u64 * it.price_cents as u64;
    }
    total
}

fn find(items: &[Item], id: u32) -> usize {
    for (i, it) in items.iter().enumerate() {
        if it.id == id {
            return i;
        }
    }
    items.len()
}

fn main() {
    let blank = Item { id: 0, qty: 0, price_cents: 0 };
    let mut stock = [blank; SLOTS];
    let mut ids = 100;
    for i in 0..SLOTS {
        stock[i] = Item { id: ids, qty: (i as u16) * 3, ..blank };
        stock[i].price_cents = 250 + 100 * i as u32;
        ids += 7;
    }
    println!("value before: {}", value(&stock));
    let n = restock(&mut stock, 5, 10);
    println!("restocked {n}, value after: {}", value(&stock));
    let pos = find(&stock, 114);
    println!("114 at {pos}: {:?}", stock[pos]);
    {
        let cheap = &mut stock[0];
        cheap.price_cents /= 2;
    }
    println!("first = {:?}", stock[0]);
    println!("same? {}", stock[1] == stock[1]);
    println!("missing at {}", find(&stock[..2], 114));
}
