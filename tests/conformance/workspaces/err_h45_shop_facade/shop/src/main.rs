use storefront::checkout::{self, ship_cost, Item};
use storefront::db::items::Category as Kind;
use storefront::{Category, FREE_SHIPPING_CENTS};
use catalog::items::Product;

fn main() {
    let basket = [
        Item { sku: 1, price_cents: 1_299, category: Category::Book },
        Item { sku: 2, price_cents: 2_450, category: Kind::Music },
        storefront::Item { sku: 3, price_cents: 999, category: storefront::db::items::Category::Toy },
    ];
    println!("total {}", checkout::total(&basket));
    println!("ship {} (free above {})", ship_cost(1_000), FREE_SHIPPING_CENTS);
    println!("{}", basket[0].discounted(10));
    let hidden = storefront::internal::Product { sku: 9, price_cents: 1, category: Kind::Toy };
    let tax = storefront::tax(100);
    let direct = catalog::pricing::shipping(10);
    println!("{:?} {} {}", hidden, tax, direct);
    let same: Product = basket[1];
    println!("{}", same.sku);
}
