// lints: unused_variables unused_mut unused_assignments dead_code
// An inventory module with lint levels on items and modules.
#[derive(Debug, Clone, Copy)]
struct Item {
    sku: u32,
    qty: u32,
    cost: u32,
}

#[allow(unused_variables)]
fn restock(item: &mut Item, amount: u32, reason: u32) {
    let note = 5;
    item.qty += amount;
}

#[warn(unused_mut)]
fn valuation(items: &[Item]) -> u32 {
    let mut total = 0;
    let mut count = 0;
    for it in items {
        total += it.qty * it.cost;
    }
    total + count
}

fn audit(items: &[Item]) -> u32 {
    let mut flagged = 0;
    let threshold = 3;
    for it in items {
        let sku = it.sku;
        if it.qty < 2 {
            flagged = 1;
        }
    }
    flagged = 0;
    flagged
}

#[allow(dead_code)]
mod legacy {
    pub fn old_report() -> u32 {
        1
    }
    fn older() {}
    const UNUSED: u32 = 2;
}

mod reports {
    pub fn summary(n: u32) -> u32 {
        let unused_local = n * 2;
        n
    }
    fn private_helper() -> u32 {
        3
    }
}

#[allow(unused)]
fn scratch() {
    let mut x = 1;
    let y = 2;
}

fn main() {
    let mut items = [Item { sku: 1, qty: 1, cost: 3 }, Item { sku: 2, qty: 5, cost: 1 }];
    restock(&mut items[0], 4, 0);
    println!("{} {} {}", valuation(&items), audit(&items), reports::summary(2));
}
