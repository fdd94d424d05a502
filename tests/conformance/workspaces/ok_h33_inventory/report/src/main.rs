use stock::{Item, Shelf};

fn print_shelf(s: &Shelf) {
    use stock::CAPACITY;
    println!("{}/{} slots, total {} cents", s.used(), CAPACITY, s.total());
}

fn main() {
    let mut s = Shelf::new();
    let mut a = Item { sku: 11, qty: 3, price_cents: 250 };
    a.restock(2).restock(1);
    s.put(a);
    s.put(Item { sku: 12, ..a });
    print_shelf(&s);
    let cheapest = {
        let mut best = s.items[0];
        for it in &s.items[..s.used()] {
            if it.price_cents < best.price_cents {
                best = *it;
            }
        }
        best
    };
    println!("{:?}", cheapest);
    println!("{}", stock::shelf::SLOTS);
}
