// A menu table whose last label lost its closing quote in a multi-line struct literal.
#[derive(Debug, Clone, Copy)]
struct Item {
    key: char,
    label: &'static str,
    price_cents: u32,
}

const MENU: [Item; 3] = [
    Item { key: 'a', label: "Espresso", price_cents: 250 },
    Item { key: 'b', label: "Flat white", price_cents: 380 },
    Item { key: 'c', label: "Chai latte, price_cents: 400 },
];

fn find(key: char) -> usize {
    let mut i = 0;
    while i < MENU.len() {
        if MENU[i].key == key {
            return i;
        }
        i += 1;
    }
    MENU.len()
}

fn main() {
    for item in MENU {
        println!("{} {:<12} {:>5}", item.key, item.label, item.price_cents);
    }
    println!("{}", find('b'));
}
