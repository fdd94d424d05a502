// An inventory whose methods forget `mut` in a few places.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Item {
    sku: u32,
    qty: u16,
}

struct Shelf {
    items: [Item; 3],
    label: char,
}

impl Shelf {
    fn restock(&mut self, idx: usize, n: u16) {
        self.items[idx].qty += n;
    }

    fn audit(&self) -> u32 {
        self.restock(0, 1);
        let first = &mut self.items[0];
        first.qty as u32
    }

    fn count(&self) -> u16 {
        let mut sum = 0;
        for it in self.items.iter() {
            sum += it.qty;
        }
        sum
    }
}

fn bump(item: &Item) {
    let q = &mut item.qty;
    *q += 1;
}

fn fill(slots: &[u16]) {
    let s = &mut slots[0];
    *s = 9;
}

fn main() {
    let shelf = Shelf { items: [Item { sku: 1, qty: 2 }; 3], label: 'A' };
    shelf.restock(1, 4);
    let view = &shelf;
    let r = &mut view.label;
    *r = 'B';
    let counts = [1u16, 2, 3];
    fill(&counts);
    let c = &mut counts;
    c[0] = 0;
    let it = Item { sku: 5, qty: 1 };
    bump(&it);
    println!("{} {} {}", shelf.audit(), shelf.count(), it.qty);
}
