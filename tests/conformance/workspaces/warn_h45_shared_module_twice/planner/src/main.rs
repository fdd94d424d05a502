use budget::money::{self, Cents};
use budget::Category;

fn main() {
    let mut rent = Category::new("rent", Cents(150_000));
    let ok = rent.spend(Cents(149_999));
    let (d, c) = money::format_dollars(Cents(rent.remaining()));
    println!("rent ok={} remaining ${}.{:02}", ok, d, c);
    let total = money::add(rent.limit, Cents(1));
    println!("{:?}", total);
}
