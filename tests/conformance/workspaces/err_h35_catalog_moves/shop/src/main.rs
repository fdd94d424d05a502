use catalog::{find, Catalog, Entry, Format, Title};

struct Cart {
    titles: [Title; 2],
    total: u32,
}

fn price_of(e: &Entry) -> u32 {
    match e.format {
        Format::Paper => e.price,
        Format::Ebook => e.price - e.price / 10,
    }
}

fn main() {
    let cat = Catalog::sample();
    let cheap = cat.cheapest();
    let fmt = cheap.format;
    let cost = price_of(cheap);
    let first = find(&cat, 9780000000028).title;
    let Entry { title, price, .. } = *cat.cheapest();
    let cart = Cart { titles: [first, title], total: cost + price };
    println!("{:?} {} {:?}", fmt, cart.total, cart.titles);
    let words = find(&cat, 9780000000035).title.words;
    let copied = cat.entries[2];
    println!("{} {:?}", words, copied);
}
