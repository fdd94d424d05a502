// Inventory lookups that mix references and values.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Item {
    sku: u32,
    stock: u16,
}

fn find(items: &[Item], sku: u32) -> &Item {
    for it in items {
        if it.sku == sku {
            return it;
        }
    }
    items[0]
}

fn restock(item: &mut Item, amount: u16) {
    item.stock += amount;
}

fn total_stock(items: &[Item]) -> u32 {
    let mut sum: u32 = 0;
    for it in items.iter() {
        sum += it.stock as u32;
    }
    sum
}

fn heaviest(a: &Item, b: &Item) -> Item {
    if a.stock > b.stock { a } else { *b }
}

fn main() {
    let mut shelf = [Item { sku: 10, stock: 4 }, Item { sku: 11, stock: 9 }, Item { sku: 12, stock: 0 }];
    let first: Item = &shelf[0];
    restock(shelf[2], 5);
    restock(&mut shelf[1], 1);
    let count = total_stock(shelf);
    let found = find(&shelf, 11);
    let copy: &Item = *found;
    let pick = heaviest(&shelf[0], shelf[1]);
    println!("{:?} {} {:?} {:?} {:?}", first, count, found, copy, pick);
}
